import Foundation
import SwiftGAN
import XCTest

/// The README's network example, run as written (saving to a temporary folder).
final class ReadmeNetworkExampleTests: XCTestCase {
    func testGeneratorExample() throws {
        var rng = RandomGenerator(seed: 0)
        let generator = Sequential(
            Linear(100, 128 * 7 * 7, generator: &rng), BatchNorm1d(128 * 7 * 7), Activation(.relu),
            Reshape([128, 7, 7]),
            ConvTranspose2d(128, 64, kernel: 4, stride: 2, padding: 1, generator: &rng), BatchNorm2d(64), Activation(.relu),
            ConvTranspose2d(64, 1, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.tanh))
        XCTAssertEqual(Array(generator.stateDict().keys.prefix(3)), ["0.weight", "0.bias", "1.weight"])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: url) }
        try generator.save(to: url)
        let saved = generator.stateDict()

        let optimizer = Adam(generator.parameters(), learningRate: 2e-4, betas: (0.5, 0.999))
        let images = generator(Tensor(rng.normal([4, 100])))
        XCTAssertEqual(images.shape, [4, 1, 28, 28])
        let before = generator.stateDict()
        images.square().mean().backward()
        optimizer.step()
        XCTAssertNotEqual(generator.stateDict(), before)
        try generator.load(from: url)
        XCTAssertEqual(generator.stateDict(), saved)
    }
}
