import Foundation
import SwiftGAN
import XCTest

/// The README's training example, with fewer steps.
final class ReadmeTrainingExampleTests: XCTestCase {
    func testTrainingExample() throws {
        var rng = RandomGenerator(seed: 0)
        let model = StandardGAN(
            generator: MLP.generator(latent: 16, hidden: 128, layers: 3, generator: &rng),
            discriminator: MLP.discriminator(hidden: 128, layers: 3, generator: &rng),
            latentDimension: 16, loss: .nonSaturating, penalty: .r1(gamma: 0.1))
        let data = GaussianMixture2D.ring(count: 100_000, seed: 2)
        let trainer = Trainer(
            model: model, loader: try DataLoader(data, batchSize: 512, normalize: false, seed: 3),
            generatorOptimizer: Adam(model.generator.parameters(), learningRate: 1e-3, betas: (0.5, 0.999)),
            discriminatorOptimizer: Adam(model.discriminator.parameters(), learningRate: 1e-3, betas: (0.5, 0.999)),
            seed: 4)
        for _ in 0..<3 { try trainer.trainStep() }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ring-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: url) }
        try trainer.checkpoint().write(to: url)
        XCTAssertEqual(try TrainingCheckpoint(contentsOf: url).step, 3)
    }
}
