import Foundation
import SwiftGAN
import XCTest

/// A network made only to load weights into needs no random generator, and
/// loading makes it compute what the saved one computes.
final class ArchitectureLoadingTests: XCTestCase {
    func testNetworksMadeForLoadingTakeTheSavedWeights() throws {
        var random = RandomGenerator(seed: 21)
        let pairs: [(trained: any LayerModule, loaded: any LayerModule, input: [Int])] = [
            (DCGAN.generator(latent: 8, resolution: 32, generator: &random), DCGAN.generator(latent: 8, resolution: 32), [2, 8]),
            (MLP.discriminator(hidden: 16, spectralNorm: true, generator: &random), MLP.discriminator(hidden: 16, spectralNorm: true), [3, 2]),
            (ResNetDiscriminator(width: 8, channels: 1, downBlocks: 2, generator: &random), ResNetDiscriminator(width: 8, channels: 1, downBlocks: 2), [2, 1, 28, 28]),
        ]
        for (trained, loaded, shape) in pairs {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("loading-\(UUID().uuidString).safetensors")
            defer { try? FileManager.default.removeItem(at: url) }
            try trained.save(to: url)
            XCTAssertNotEqual(loaded.stateDict(), trained.stateDict(), "placeholder weights differ before loading")
            try loaded.load(from: url)
            for module in [trained, loaded] { module.eval() }
            let input = Tensor(random.normal(shape))
            XCTAssertEqual(withoutGrad { loaded(input) }.value.elements, withoutGrad { trained(input) }.value.elements, "\(type(of: loaded))")
        }
    }
}
