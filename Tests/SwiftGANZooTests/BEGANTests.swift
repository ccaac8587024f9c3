import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class BEGANTests: XCTestCase {
    /// `Linear(2, 2)` with zero weight: every input maps to `bias`.
    static func constant(_ bias: [Float]) -> Linear {
        var g = RandomGenerator(seed: 1)
        let layer = Linear(2, 2, generator: &g)
        layer.weight.assign(NDArray(repeating: 0, shape: [2, 2]))
        layer.bias!.assign(NDArray(bias, shape: [2]))
        return layer
    }

    /// `mean_n mean_i |v_ni - b_i|`, by hand.
    static func reconstructionLoss(_ rows: [[Float]], _ b: [Float]) -> Float {
        rows.map { row in zip(row, b).map { abs($0 - $1) }.reduce(0, +) / Float(row.count) }.reduce(0, +) / Float(rows.count)
    }

    static func batch(_ rows: [[Float]]) -> Batch {
        Batch(images: NDArray(rows.flatMap { $0 }, shape: [rows.count, 2]), labels: nil, targets: nil, indices: Array(rows.indices))
    }

    func testLossesAndKUpdateOnTinyInputs() {
        let (decoded, real, fake): ([Float], [[Float]], [[Float]]) = ([0.5, -0.5], [[1, 2], [0, -1]], [[0, 0], [1, 1]])
        let (gamma, lambda, k0): (Float, Float, Float) = (0.5, 0.1, 0.2)
        let model = BEGAN(
            generator: Self.constant([1, 1]), discriminator: BEGANDiscriminator(autoencoder: Self.constant(decoded), initialK: k0),
            latentDimension: 2, gamma: gamma, kLearningRate: lambda)
        let (lReal, lFake) = (Self.reconstructionLoss(real, decoded), Self.reconstructionLoss(fake, decoded))
        var r = RandomGenerator(seed: 2)
        let fakeTensor = Tensor(NDArray(fake.flatMap { $0 }, shape: [2, 2]))
        let d = model.discriminatorLoss(real: Self.batch(real), fake: fakeTensor, fakeLatent: model.sampleLatent(count: 2, random: &r), step: 0, random: &r)
        XCTAssertEqual(d.loss.scalarValue, lReal - k0 * lFake, accuracy: 1e-6)
        XCTAssertEqual(d.metrics["k"]!, k0)
        XCTAssertEqual(d.metrics["convergence"]!, lReal + abs(gamma * lReal - lFake), accuracy: 1e-6)
        XCTAssertEqual(model.k, k0, "k changes only after the D update")
        model.afterDiscriminatorUpdate()
        let expected = k0 + lambda * (gamma * lReal - lFake)
        XCTAssertEqual(model.k, expected, accuracy: 1e-6)
        model.afterDiscriminatorUpdate()
        XCTAssertEqual(model.k, expected, accuracy: 1e-6, "one k update per D update")
        let g = model.generatorLoss(count: 3, real: Self.batch(real), step: 0, random: &r)
        XCTAssertEqual(g.loss.scalarValue, Self.reconstructionLoss([[1, 1]], decoded), accuracy: 1e-6)
    }

    func testKIsClampedToTheUnitInterval() {
        var r = RandomGenerator(seed: 3)
        for (k0, real, fake, bound): (Float, [[Float]], [[Float]], Float) in [(0.9, [[50, 50]], [[0, 0]], 1), (0.1, [[0, 0]], [[50, 50]], 0)] {
            let model = BEGAN(
                generator: Self.constant([0, 0]), discriminator: BEGANDiscriminator(autoencoder: Self.constant([0, 0]), initialK: k0),
                latentDimension: 2, kLearningRate: 1)
            let fakeTensor = Tensor(NDArray(fake.flatMap { $0 }, shape: [1, 2]))
            _ = model.discriminatorLoss(real: Self.batch(real), fake: fakeTensor, fakeLatent: model.sampleLatent(count: 1, random: &r), step: 0, random: &r)
            model.afterDiscriminatorUpdate()
            XCTAssertEqual(model.k, bound)
        }
    }

    func testConvAutoencoderKeepsTheImageShape() {
        var g = RandomGenerator(seed: 4)
        let autoencoder = BEGANAutoencoder.convolutional(channels: 1, width: 4, code: 8, generator: &g)
        XCTAssertEqual(autoencoder(Tensor(g.normal([2, 1, 28, 28]))).shape, [2, 1, 28, 28])
    }

    func makeTrainer(position: LoaderPosition = LoaderPosition()) throws -> Trainer {
        var g = RandomGenerator(seed: 3)
        let model = BEGAN(
            generator: MLP.generator(latent: 4, hidden: 16, generator: &g),
            discriminator: BEGANDiscriminator(autoencoder: BEGANAutoencoder.mlp(hidden: 16, code: 4, generator: &g)),
            latentDimension: 4, kLearningRate: 0.05)
        let loader = try DataLoader(TrainerTests.ring(count: 64, seed: 5), batchSize: 16, normalize: false, seed: 6, startingAt: position)
        return Trainer(
            model: model, loader: loader,
            generatorOptimizer: Adam(model.generator.parameters(), learningRate: 1e-3, betas: (0.5, 0.999)),
            discriminatorOptimizer: Adam(model.discriminator.parameters(), learningRate: 1e-3, betas: (0.5, 0.999)),
            settings: TrainerSettings(criticSteps: 2), seed: 7)
    }

    func testStepsReportFiniteConvergenceAndKSurvivesACheckpoint() throws {
        let straight = try makeTrainer()
        for _ in 0..<10 {
            let metrics = try straight.trainStep()
            XCTAssertTrue(metrics["convergence"]!.isFinite)
            XCTAssertTrue((0...1).contains(metrics["k"]!))
        }
        let first = try makeTrainer()
        for _ in 0..<5 { try first.trainStep() }
        let k = (first.model as! BEGAN).k
        XCTAssertGreaterThan(k, 0)
        XCTAssertEqual(first.adversarial.discriminator.stateDict()["k"]?.scalarValue, k)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("began-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: url) }
        try first.checkpoint(configuration: "test").write(to: url)

        let saved = try TrainingCheckpoint(contentsOf: url)
        let resumed = try makeTrainer(position: Trainer.loaderPosition(in: saved))
        XCTAssertEqual((resumed.model as! BEGAN).k, 0)
        try resumed.restore(saved, path: url.path)
        XCTAssertEqual((resumed.model as! BEGAN).k, k)
        for _ in 0..<5 { try resumed.trainStep() }

        XCTAssertEqual(resumed.adversarial.generator.stateDict(), straight.adversarial.generator.stateDict())
        XCTAssertEqual(resumed.adversarial.discriminator.stateDict(), straight.adversarial.discriminator.stateDict())
        XCTAssertNotEqual((straight.model as! BEGAN).k, k)
    }
}
