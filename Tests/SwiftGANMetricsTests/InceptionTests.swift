import Foundation
import SwiftGAN
import XCTest

final class InceptionTests: XCTestCase {
    struct Fixture: Decodable {
        let keys: [String]
        let features: [Float]
        let logits: [Float]
        let bicubic_source: [Float]
        let bicubic_corner: [Double]
        let bicubic_mean: Double
    }

    private func fixture() throws -> Fixture {
        try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: MetricFixtures.url("inception", "json")))
    }

    func testStateDictKeysAreThoseOfTheTorchvisionPort() throws {
        var random = RandomGenerator(seed: 0)
        XCTAssertEqual(InceptionV3(generator: &random).stateDict().keys, try fixture().keys)
    }

    /// Features and logits of two 64x64 images, resized bilinearly, against
    /// PyTorch in float64 with the same weights (BatchNorm folded here).
    func testMatchesPyTorchWithTheSameWeights() throws {
        let fixture = try fixture()
        var random = RandomGenerator(seed: 0)
        let inception = InceptionV3(generator: &random)
        try DeterministicWeights.fill(inception)
        let network = InceptionFeatureNetwork(network: inception, resize: .bilinear)
        let images = NDArray(DeterministicWeights.uniform("input", count: 2 * 3 * 64 * 64).map { Float(2 * $0 - 1) }, shape: [2, 3, 64, 64])
        let (features, logits) = try network.outputs(of: images, batchSize: 1)
        XCTAssertEqual(features.shape, [2, 2048])
        XCTAssertEqual(logits.shape, [2, 1008])
        for (name, actual, expected) in [("features", features.elements, fixture.features), ("logits", logits.elements, fixture.logits)] {
            let scale = expected.map(abs).max()!
            let worst = zip(actual, expected).map { abs($0 - $1) }.max()!
            XCTAssertLessThan(worst, 1e-4 * scale, "\(name): worst difference \(worst) of largest \(scale)")
        }
    }

    func testBicubicResizeMatchesPIL() throws {
        let fixture = try fixture()
        let source = NDArray(fixture.bicubic_source.map { $0 * 2 - 1 }, shape: [1, 1, 13, 17])
        let resized = InceptionResize.bicubicAntialias.apply(source).map(.affine(scale: 0.5, shift: 0.5))
        XCTAssertEqual(resized.shape, [1, 1, 299, 299])
        let values = resized.elements
        let corner = (0..<8).flatMap { row in (0..<8).map { Double(values[row * 299 + $0]) } }
        for (actual, expected) in zip(corner, fixture.bicubic_corner) { XCTAssertEqual(actual, expected, accuracy: 1e-4) }
        XCTAssertEqual(Double(values.reduce(0, +)) / Double(values.count), fixture.bicubic_mean, accuracy: 1e-4)
    }

    func testAWeightFileForAnotherNetworkIsRefused() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-inception-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: file) }
        var random = RandomGenerator(seed: 1)
        try MNISTClassifier(generator: &random).save(to: file)
        XCTAssertThrowsError(try InceptionFeatureNetwork(weights: file)) {
            XCTAssertTrue("\($0)".contains("does not hold the FID Inception-v3 weights"), "\($0)")
            XCTAssertTrue("\($0)".contains("Conv2d_1a_3x3.conv.weight"), "\($0)")
        }
    }
}
