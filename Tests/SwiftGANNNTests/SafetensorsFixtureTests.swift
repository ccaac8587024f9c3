import Foundation
import SwiftGAN
import XCTest

/// Files written by the Python `safetensors` package (scripts/make_safetensors_fixtures.py), read back exactly.
final class SafetensorsFixtureTests: XCTestCase {
    private func fixture(_ name: String) throws -> SafetensorsFile {
        let url = try XCTUnwrap(
            Bundle.module.url(forResource: name, withExtension: "safetensors", subdirectory: "Fixtures/safetensors"),
            "missing fixture \(name).safetensors")
        return try SafetensorsFile(contentsOf: url)
    }

    private func assertElements(
        _ file: SafetensorsFile, _ name: String, dtype: SafetensorsDType, shape: [Int], _ expected: [Float],
        line: UInt = #line
    ) throws {
        let tensor = try XCTUnwrap(file[name], "no tensor \(name)", line: line)
        XCTAssertEqual(tensor.dtype, dtype, name, line: line)
        XCTAssertEqual(tensor.shape, shape, name, line: line)
        let actual = tensor.toNDArray().elements
        XCTAssertEqual(actual.count, expected.count, name, line: line)
        for (index, (a, e)) in zip(actual, expected).enumerated() {
            XCTAssertTrue(a.bitPattern == e.bitPattern || (a.isNaN && e.isNaN), "\(name)[\(index)]: \(a) != \(e)", line: line)
        }
    }

    func testNumPyFileWithEveryIntegerAndFloatDType() throws {
        let file = try fixture("numpy_mixed")
        XCTAssertEqual(file.metadata, ["format": "np", "note": "ünïcode \"quoted\""])
        XCTAssertEqual(file.names, ["bool", "f16", "f32", "f64", "i16", "i32", "i64", "i8", "u16", "u32", "u64", "u8"])
        try assertElements(file, "f64", dtype: .f64, shape: [2, 2], [Float(0.1 as Double), -2.5, .infinity, 0])
        try assertElements(file, "f32", dtype: .f32, shape: [5], [1.5, -0.0, 0x1p-149, .greatestFiniteMagnitude, 0.1])
        try assertElements(file, "f16", dtype: .f16, shape: [4], [0.333251953125, 65504, 0x1p-24, -2])
        try assertElements(file, "i64", dtype: .i64, shape: [3], [-0x1p40, 7, 0x1p53])
        try assertElements(file, "i32", dtype: .i32, shape: [1, 3], [-0x1p31, 0x1p31, 0])
        try assertElements(file, "i16", dtype: .i16, shape: [2], [-32768, 32767])
        try assertElements(file, "i8", dtype: .i8, shape: [3], [-128, 127, -1])
        try assertElements(file, "u8", dtype: .u8, shape: [3], [0, 255, 17])
        try assertElements(file, "u16", dtype: .u16, shape: [2], [65535, 1])
        try assertElements(file, "u32", dtype: .u32, shape: [2], [0x1p32, 3])
        try assertElements(file, "u64", dtype: .u64, shape: [2], [0x1p64, 9])
        try assertElements(file, "bool", dtype: .bool, shape: [2, 2], [1, 0, 0, 1])
    }

    func testTorchFileWithRoundedHalfPrecisionScalarAndEmptyTensor() throws {
        let file = try fixture("torch_mixed")
        XCTAssertEqual(file.metadata, ["format": "pt"])
        let bf16: [Float] = [0.333984375, 0x1p-133, -0x1.C4p127, .infinity, -.infinity, .nan, 1, 65536]
        try assertElements(file, "bf16", dtype: .bf16, shape: [8], bf16)
        let f16: [Float] = [0.333251953125, 0, -.infinity, .infinity, -.infinity, .nan, 1.00390625, .infinity]
        try assertElements(file, "f16", dtype: .f16, shape: [8], f16)
        try assertElements(file, "scalar", dtype: .f32, shape: [], [2.5])
        try assertElements(file, "empty", dtype: .f32, shape: [0, 3], [])
        try assertElements(file, "layer.0.weight", dtype: .f32, shape: [2, 3], [0, 0.25, 0.5, 0.75, 1, 1.25])
    }

    func testReferenceBF16MatchesOurRounding() throws {
        let file = try fixture("torch_mixed")
        let values: [Float] = [1 / 3, Float(1e-40 as Double), -3.0e38, .infinity, -.infinity]
        let ours = try SafetensorsTensor(NDArray(values, shape: [5]), dtype: .bf16)
        XCTAssertEqual(ours.bytes, try XCTUnwrap(file["bf16"]).bytes.prefix(10))
    }

    func testMetadataOnlyFile() throws {
        let file = try fixture("metadata_only")
        XCTAssertEqual(file.names, [])
        XCTAssertEqual(file.metadata, ["step": "42"])
    }

    func testWritingWhatWasReadGivesAFileTheSameValues() throws {
        let original = try fixture("numpy_mixed")
        XCTAssertEqual(try SafetensorsFile(data: original.serialized()), original)
    }
}
