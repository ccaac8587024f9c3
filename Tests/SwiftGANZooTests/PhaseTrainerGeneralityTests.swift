import Foundation
import SwiftGAN
import XCTest

/// The phase trainer carries models unlike the two-player GANs: four players
/// with cycle and identity terms, a warm-up phase and a lazy generator
/// regularization, and a model that grows in stages; each resumes exactly.
final class PhaseTrainerGeneralityTests: XCTestCase {
    private func loader(paired: Bool, position: LoaderPosition = LoaderPosition()) throws -> DataLoader {
        var random = RandomGenerator(seed: 5)
        let a = random.normal([256, 2])
        let b = paired ? random.normal([256, 2], mean: 3, std: 0.5) : nil
        return try DataLoader(ArrayDataset(images: a, targets: b), batchSize: 32, normalize: false, seed: 6, startingAt: position)
    }

    /// `straight` trained for `total` steps, and the same trainer made again
    /// by `make`, trained `split` steps, checkpointed, restored into a third
    /// and trained to `total`: every player's state and optimizer agree bit for bit.
    private func assertResumesExactly(total: Int, split: Int, _ make: (LoaderPosition) throws -> Trainer, file: StaticString = #filePath, line: UInt = #line) throws {
        let straight = try make(LoaderPosition())
        for _ in 0..<total { try straight.trainStep() }
        let first = try make(LoaderPosition())
        for _ in 0..<split { try first.trainStep() }
        let saved = first.checkpoint()
        let resumed = try make(Trainer.loaderPosition(in: saved))
        try resumed.restore(saved)
        for _ in split..<total { try resumed.trainStep() }
        XCTAssertEqual(resumed.step, total, file: file, line: line)
        for (a, b) in zip(straight.players, resumed.players) {
            XCTAssertEqual(a.module.stateDict(), b.module.stateDict(), "\(a.name) after a resume at \(split)", file: file, line: line)
            XCTAssertEqual(a.optimizer.stateDict(), b.optimizer.stateDict(), "\(a.name)'s optimizer", file: file, line: line)
        }
    }

    func testAFourPlayerCycleModelTrainsAndResumesExactly() throws {
        func make(_ position: LoaderPosition) throws -> Trainer {
            let model = TinyCycleModel(seed: 1)
            return Trainer(model: model, players: model.players, phases: model.phases, loader: try loader(paired: true, position: position), seed: 2)
        }
        let trainer = try make(LoaderPosition())
        let model = try XCTUnwrap(trainer.model as? TinyCycleModel)
        var probe = RandomGenerator(seed: 9)
        let points = probe.normal([64, 2])
        let before = model.cycleError(points)
        var metrics: [String: Float] = [:]
        for _ in 0..<60 { metrics = try trainer.trainStep() }
        XCTAssertEqual(Set(metrics.keys), ["loss_g", "loss_d", "cycle"])
        XCTAssertLessThan(model.cycleError(points), before * 0.7, "the cycle term pulls g_ba(g_ab(a)) toward a")
        XCTAssertEqual(trainer.inference(.image(points)).shape, [64, 2], "inference runs g_ab on images")
        let names = Set(trainer.checkpoint().modules.keys)
        XCTAssertEqual(names, ["g_ab", "g_ba", "d_a", "d_b"], "checkpoint keys are the player names")
        try assertResumesExactly(total: 6, split: 3, make)
    }

    func testAWarmUpPhaseEndsAndALazyRegularizationRunsOnItsInterval() throws {
        func make(_ position: LoaderPosition) throws -> Trainer {
            let model = WarmupModel(seed: 3, warmup: 3, interval: 4)
            let players = [
                Player(name: "generator", module: model.gan.generator, optimizer: Adam(model.gan.generator.parameters(), learningRate: 1e-3)),
                Player(name: "discriminator", module: model.gan.discriminator, optimizer: Adam(model.gan.discriminator.parameters(), learningRate: 1e-3)),
            ]
            return Trainer(model: model, players: players, phases: model.phases, loader: try loader(paired: false, position: position), seed: 4)
        }
        let trainer = try make(LoaderPosition())
        var due: [[String]] = []
        for _ in 0..<9 { due.append(try trainer.trainStep().keys.filter { $0.hasPrefix("loss_") }.sorted()) }
        XCTAssertEqual(due, [
            ["loss_g_reg", "loss_warmup"], ["loss_warmup"], ["loss_warmup"], ["loss_d", "loss_g"], ["loss_d", "loss_g", "loss_g_reg"],
            ["loss_d", "loss_g"], ["loss_d", "loss_g"], ["loss_d", "loss_g"], ["loss_d", "loss_g", "loss_g_reg"],
        ])
        let regularization = try XCTUnwrap(trainer.phases.first { $0.name == "g_reg" })
        XCTAssertEqual(regularization.lazyRatio, 0.8, "StyleGAN2's k / (k + 1)")
        let corrected = ModelRegistry.makeOptimizer("adam", [], learningRate: 1e-3, betas: (0.5, 0.99), ratio: regularization.lazyRatio)
        let state = corrected.stateDict()
        XCTAssertEqual(Double(try XCTUnwrap(state["beta1"]).scalarValue), pow(0.5, 0.8), accuracy: 1e-6)
        XCTAssertEqual(Double(try XCTUnwrap(state["beta2"]).scalarValue), pow(0.99, 0.8), accuracy: 1e-6)
        try assertResumesExactly(total: 7, split: 2, make)
        try assertResumesExactly(total: 9, split: 4, make)
    }

    func testAGrowingModelResumesAcrossItsStageChange() throws {
        func make(_ position: LoaderPosition) throws -> Trainer {
            let model = GrowingModel(seed: 7)
            let players = [
                Player(name: "generator", module: model.generator, optimizer: Adam(model.generator.parameters(), learningRate: 1e-3)),
                Player(name: "discriminator", module: model.gan.discriminator, optimizer: Adam(model.gan.discriminator.parameters(), learningRate: 1e-3)),
            ]
            return Trainer(
                model: model, players: players, phases: AdversarialTraining.phases(for: model.gan, settings: TrainerSettings()),
                loader: try loader(paired: false, position: position), growth: model.growth(growAt: 4, fade: 2), seed: 8)
        }
        let schedule = GrowingModel(seed: 0).growth(growAt: 4, fade: 2)
        XCTAssertEqual((0..<7).map { schedule.position(at: $0).stage }, [0, 0, 0, 0, 1, 1, 1])
        XCTAssertEqual((0..<7).map { schedule.position(at: $0).alpha }, [1, 1, 1, 1, 0.5, 1, 1])
        let trainer = try make(LoaderPosition())
        let model = try XCTUnwrap(trainer.model as? GrowingModel)
        let fine = model.generator.fine.stateDict()
        for _ in 0..<4 { try trainer.trainStep() }
        XCTAssertEqual(model.generator.fine.stateDict(), fine, "the fine head is not used before its stage")
        try trainer.trainStep()
        XCTAssertNotEqual(model.generator.fine.stateDict(), fine, "it trains from the stage change")
        for split in [3, 4, 5] { try assertResumesExactly(total: 8, split: split, make) }
    }
}
