import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class TrainerTests: XCTestCase {
    /// Points on a ring of 8 modes, made here so the test needs no other dataset.
    static func ring(count: Int, seed: UInt64) -> ArrayDataset {
        var g = RandomGenerator(seed: seed)
        var points: [Float] = []
        for _ in 0..<count {
            let mode = Float(g.next() % 8) * 2 * .pi / 8
            let noise = g.normal([2], std: 0.02).elements
            points += [2 * cos(mode) + noise[0], 2 * sin(mode) + noise[1]]
        }
        return ArrayDataset(images: NDArray(points, shape: [count, 2]))
    }

    func makeTrainer(position: LoaderPosition = LoaderPosition(), penalty: GradientPenalty? = nil, history: Float? = nil) throws -> Trainer {
        var g = RandomGenerator(seed: 3)
        let model = StandardGAN(
            generator: MLP.generator(latent: 4, hidden: 16, generator: &g),
            discriminator: MLP.discriminator(hidden: 16, generator: &g), latentDimension: 4,
            loss: penalty == nil ? .nonSaturating : .wasserstein, penalty: penalty)
        var h = RandomGenerator(seed: 4)
        let average = ExponentialMovingAverage(
            target: model.generator.copy { MLP.generator(latent: 4, hidden: 16, generator: &h) }, decay: .halfLife(kimg: 0.05))
        let loader = try DataLoader(Self.ring(count: 64, seed: 5), batchSize: 16, normalize: false, seed: 6, startingAt: position)
        let trainer = Trainer(
            model: model, loader: loader,
            generatorOptimizer: Adam(model.generator.parameters(), learningRate: 1e-3, betas: (0.5, 0.999)),
            discriminatorOptimizer: Adam(model.discriminator.parameters(), learningRate: 1e-3, betas: (0.5, 0.999)),
            settings: TrainerSettings(criticSteps: 2, regularizationInterval: 2, emaHalfLifeKimg: 0.05), average: average, seed: 7)
        if let history {
            trainer.player("generator").history = HistoricalAveraging(weight: history)
            trainer.player("discriminator").history = HistoricalAveraging(weight: history)
        }
        return trainer
    }

    func testHalfAndResumeEqualsAnUninterruptedRun() throws {
        for (penalty, history) in [(nil, nil), (GradientPenalty.r1(gamma: 1), nil), (nil, Float(0.5))] {
            let straight = try makeTrainer(penalty: penalty, history: history)
            for _ in 0..<10 { try straight.trainStep() }

            let first = try makeTrainer(penalty: penalty, history: history)
            for _ in 0..<5 { try first.trainStep() }
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("trainer-\(UUID().uuidString).safetensors")
            defer { try? FileManager.default.removeItem(at: url) }
            try first.checkpoint(configuration: "test").write(to: url)

            let saved = try TrainingCheckpoint(contentsOf: url)
            let resumed = try makeTrainer(position: Trainer.loaderPosition(in: saved), penalty: penalty, history: history)
            try resumed.restore(saved, path: url.path)
            XCTAssertEqual(resumed.step, 5)
            for _ in 0..<5 { try resumed.trainStep() }

            XCTAssertEqual(resumed.adversarial.generator.stateDict(), straight.adversarial.generator.stateDict(), "\(String(describing: penalty))")
            XCTAssertEqual(resumed.adversarial.discriminator.stateDict(), straight.adversarial.discriminator.stateDict())
            XCTAssertEqual(resumed.player("generator").average!.target.stateDict(), straight.player("generator").average!.target.stateDict())
        }
    }

    /// The penalty joins each player's loss from the second update on, and the
    /// means follow every update (two critic updates per step here).
    func testHistoricalAveragingFollowsEachPlayersUpdates() throws {
        let trainer = try makeTrainer(history: 0.5)
        let first = try trainer.trainStep()
        XCTAssertEqual(first["history_generator"], 0, "no history before the first generator update")
        var later: [String: Float] = [:]
        for _ in 0..<3 { later = try trainer.trainStep() }
        XCTAssertEqual(trainer.player("generator").history?.count, 4)
        XCTAssertEqual(trainer.player("discriminator").history?.count, 8)
        XCTAssertGreaterThan(try XCTUnwrap(later["history_discriminator"]), 0)
        XCTAssertGreaterThan(try XCTUnwrap(later["history_generator"]), 0)
        XCTAssertNil(try makeTrainer().trainStep()["history_discriminator"], "off unless configured")
    }

    func testRestoreRefusesALoaderAtAnotherPosition() throws {
        let first = try makeTrainer()
        for _ in 0..<3 { try first.trainStep() }
        XCTAssertThrowsError(try makeTrainer().restore(first.checkpoint())) { error in
            XCTAssertTrue("\(error)".contains("the data loader is at"), "\(error)")
        }
    }

    func testNonFiniteLossStopsWithThePhaseNamed() throws {
        let trainer = try makeTrainer()
        trainer.adversarial.discriminator.parameters()[0].assign(NDArray(repeating: .nan, shape: trainer.adversarial.discriminator.parameters()[0].shape))
        let before = trainer.adversarial.generator.stateDict()
        XCTAssertThrowsError(try trainer.trainStep()) { error in
            XCTAssertEqual("\(error)", "training stopped at step 0: the loss of phase d is nan")
        }
        XCTAssertEqual(trainer.adversarial.generator.stateDict(), before)
    }

    func testGeneratorMovesToTheData() throws {
        var g = RandomGenerator(seed: 11)
        let model = StandardGAN(
            generator: MLP.generator(latent: 4, hidden: 32, generator: &g),
            discriminator: MLP.discriminator(hidden: 32, generator: &g), latentDimension: 4, loss: .nonSaturating)
        let data = NDArray(repeating: 0, shape: [512, 2]) + NDArray([3, -2], shape: [2]) + g.normal([512, 2], std: 0.1)
        let loader = try DataLoader(ArrayDataset(images: data), batchSize: 64, normalize: false, seed: 13)
        let trainer = Trainer(
            model: model, loader: loader,
            generatorOptimizer: Adam(model.generator.parameters(), learningRate: 5e-3, betas: (0.5, 0.999)),
            discriminatorOptimizer: Adam(model.discriminator.parameters(), learningRate: 5e-3, betas: (0.5, 0.999)), seed: 14)
        var r = RandomGenerator(seed: 15)
        func sampleMean() -> [Float] {
            withoutGrad { model.generate(model.sampleLatent(count: 256, random: &r), with: model.generator) }.value.mean(axes: [0]).elements
        }
        let before = sampleMean()
        XCTAssertGreaterThan(abs(before[0] - 3) + abs(before[1] + 2), 3)
        for _ in 0..<150 { try trainer.trainStep() }
        let after = sampleMean()
        XCTAssertLessThan(abs(after[0] - 3) + abs(after[1] + 2), 1, "mean \(after) after 150 steps")
    }
}
