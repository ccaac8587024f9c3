import Foundation
import SwiftGAN
import XCTest

/// `Module.save(to:)` and `Module.load(from:)`: exact round trips and clear reports for other architectures.
final class SafetensorsModuleTests: XCTestCase {
    private func model(seed: UInt64, _ features: [Int], biases: [Bool]? = nil) -> Sequential {
        var generator = RandomGenerator(seed: seed)
        let layers: [any LayerModule] = (0..<(features.count - 1)).map { index in
            Linear(features[index], features[index + 1], bias: biases?[index] ?? true, generator: &generator)
        }
        return Sequential(layers)
    }

    func testSaveAndLoadRestoresEveryParameterExactly() throws {
        let url = try SafetensorsTestData.scratchDirectory(for: self).appendingPathComponent("mlp.safetensors")
        let saved = model(seed: 1, [3, 4, 2])
        try saved.save(to: url, metadata: ["epoch": "3"])

        let restored = model(seed: 2, [3, 4, 2])
        XCTAssertNotEqual(restored.stateDict(), saved.stateDict())
        try restored.load(from: url)
        XCTAssertEqual(restored.stateDict(), saved.stateDict())

        let file = try SafetensorsFile(contentsOf: url)
        XCTAssertEqual(file.metadata, ["epoch": "3"])
        XCTAssertEqual(file.names, ["0.bias", "0.weight", "1.bias", "1.weight"])
        XCTAssertEqual(file["0.weight"]?.shape, [4, 3])
        XCTAssertEqual(file["0.weight"]?.dtype, .f32)
    }

    func testSavingAsBF16StoresRoundedValues() throws {
        let url = try SafetensorsTestData.scratchDirectory(for: self).appendingPathComponent("mlp-bf16.safetensors")
        let saved = model(seed: 3, [5, 2])
        try saved.save(to: url, dtype: .bf16)
        let restored = model(seed: 4, [5, 2])
        try restored.load(from: url)
        XCTAssertEqual(try SafetensorsFile(contentsOf: url)["0.weight"]?.dtype, .bf16)
        for (original, loaded) in zip(saved.parameters(), restored.parameters()) {
            let rounded = original.value.elements.map { Float(bitPattern: ($0.bitPattern &+ 0x7FFF &+ ($0.bitPattern >> 16 & 1)) & 0xFFFF_0000) }
            XCTAssertEqual(loaded.value.elements, rounded)
        }
    }

    func testLoadingAnotherArchitectureReportsEveryDifferenceAndChangesNothing() throws {
        let url = try SafetensorsTestData.scratchDirectory(for: self).appendingPathComponent("mlp.safetensors")
        try model(seed: 1, [3, 4, 2]).save(to: url)

        let other = model(seed: 5, [3, 5, 2, 2], biases: [true, false, true])
        let before = other.stateDict()
        XCTAssertThrowsError(try other.load(from: url)) { error in
            guard let mismatch = error as? StateDictMismatch else { return XCTFail("unexpected error \(error)") }
            XCTAssertEqual(mismatch.missingKeys, ["2.weight", "2.bias"])
            XCTAssertEqual(mismatch.unexpectedKeys, ["1.bias"])
            XCTAssertEqual(mismatch.shapeMismatches.map(\.key), ["0.weight", "0.bias", "1.weight"])
            XCTAssertEqual(mismatch.shapeMismatches.map(\.expected), [[5, 3], [5], [2, 5]])
            XCTAssertEqual(mismatch.shapeMismatches.map(\.found), [[4, 3], [4], [2, 4]])
            XCTAssertTrue(mismatch.description.contains("missing keys: 2.weight, 2.bias"))
            XCTAssertTrue(mismatch.description.contains("unexpected keys: 1.bias"))
            XCTAssertTrue(mismatch.description.contains("shape mismatch for 0.weight: the module has [5, 3], the state dict [4, 3]"))
        }
        XCTAssertEqual(other.stateDict(), before)
    }

    func testNonStrictLoadAcceptsMissingAndExtraKeys() throws {
        let url = try SafetensorsTestData.scratchDirectory(for: self).appendingPathComponent("mlp.safetensors")
        let saved = model(seed: 1, [3, 4, 2])
        try saved.save(to: url)
        let bigger = model(seed: 6, [3, 4, 2, 2])
        try bigger.load(from: url, strict: false)
        XCTAssertEqual(bigger.stateDict()["1.weight"]?.elements, saved.stateDict()["1.weight"]?.elements)
    }

    func testLoadingABadFileThrowsSafetensorsErrorNamingIt() throws {
        let url = try SafetensorsTestData.scratchDirectory(for: self).appendingPathComponent("broken.safetensors")
        try Data([1, 2, 3]).write(to: url)
        XCTAssertThrowsError(try model(seed: 1, [3, 4]).load(from: url)) { error in
            XCTAssertEqual((error as? SafetensorsError)?.path, url.path)
        }
    }
}
