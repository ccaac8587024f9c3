import Foundation
import SwiftGAN
import XCTest

/// The registry names every model once, each with a card, typed options that
/// read back from YAML, and players its build makes; `docs/MODELS.md` is
/// generated from it and must not go stale.
final class ModelRegistryTests: XCTestCase {
    func testEveryModelHasACardOptionsAndPlayers() throws {
        XCTAssertEqual(Set(ModelRegistry.names).count, ModelRegistry.models.count, "names are unique")
        for definition in ModelRegistry.models {
            let card = definition.card
            XCTAssertFalse(card.paper.isEmpty || card.summary.isEmpty || card.task.isEmpty, definition.name)
            XCTAssertTrue((1980...2030).contains(card.year), "\(definition.name): the classical baselines reach back to Keys' bicubic of 1981")
            XCTAssertFalse(definition.playerNames.isEmpty, definition.name)
            var c = TrainingConfiguration()
            try c.set("model", to: definition.name)
            XCTAssertEqual(try TrainingConfiguration(yaml: c.yaml, source: definition.name), c, "\(definition.name)'s defaults read back")
            XCTAssertTrue(c.keyPaths.contains { $0.hasPrefix(definition.name + ".") }, "\(definition.name) has its own section")
            for result in card.results {
                XCTAssertTrue(Presets.descriptions.contains { $0.name == result.preset }, "\(definition.name): the result's preset \(result.preset) exists")
                XCTAssertEqual(try Presets.configuration(result.preset).model, definition.name, result.preset)
                XCTAssertFalse(result.figures.isEmpty, result.preset)
            }
        }
    }

    func testEveryPresetNamesARegisteredModelAndItsPlayersTrain() throws {
        for (name, _) in Presets.descriptions {
            var c = try Presets.configuration(name)
            // The same images at batch 4: growing models schedule their stages in images.
            (c.steps, c.batchSize) = (c.steps * c.batchSize / 4, 4)
            let definition = try ModelRegistry.requireDefinition(named: c.model)
            let trainer = try ModelRegistry.trainer(for: c)
            XCTAssertEqual(trainer.players.map(\.name), definition.playerNames, name)
        }
    }

    func testModelOnlyInferenceMatchesTheTrainerWithoutDataOrOptimizers() throws {
        var c = try Presets.configuration("mnist_cgan")
        c.batchSize = 4
        let trainer = try ModelRegistry.trainer(for: c)
        try trainer.trainStep()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("inference-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: url) }
        try trainer.checkpoint(configuration: c.json).write(to: url)
        let (configuration, inference, step) = try ModelRegistry.inference(restoring: url)
        XCTAssertEqual(configuration, c)
        XCTAssertEqual(step, 1)
        XCTAssertEqual(Set(inference.networks.keys), ["generator", "discriminator"])
        XCTAssertEqual(inference.model.input, .noiseAndLabel)
        let expected = trainer.samples(count: 6, seed: 3, label: 4)
        let got = inference.samples(count: 6, seed: 3, label: 4)
        XCTAssertEqual(got.samples.elements, expected.samples.elements)
        XCTAssertEqual(got.samples.shape, [6, 1, 28, 28])
        XCTAssertEqual(got.labels, [4, 4, 4, 4, 4, 4])
    }

    /// The flat configuration an earlier version recorded in its checkpoints
    /// (verbatim, unset keys absent) converts on read, and the run continues.
    func testACheckpointOfTheFlatFormatResumes() throws {
        let flat = """
            {"batch_size":8,"beta1":0.5,"beta2":0.999,"channels":1,"checkpoint_every":2,"continuous_codes":2,"critic_steps":1,"dataset":"mnist",\
            "discriminator_learning_rate":0.0002,"feature_matching":false,"generator_learning_rate":0.0002,"held_out":2000,"hidden":128,\
            "historical_averaging":0,"info_continuous_weight":1,"info_weight":1,"instance_noise":0,"keep_checkpoints":3,"label_smoothing":0,\
            "latent_dimension":100,"layers":3,"learning_rate_decay":false,"log_every":1,"loss":"non_saturating","minibatch_discrimination":false,\
            "model":"cgan","optimizer":"adam","packing":1,"penalty_weight":10,"regularization_interval":1,"sample_every":500,"seed":0,"steps":4,"threads":2}
            """
        let recorded = try TrainingConfiguration(json: flat, source: "old")
        XCTAssertEqual(recorded.model, "cgan")
        XCTAssertEqual(recorded.options(as: CGANOptions.self).networks.latentDimension, 100)
        XCTAssertEqual([recorded.batchSize, recorded.steps, recorded.checkpointEvery, recorded.logEvery, recorded.threads], [8, 4, 2, 1, 2])
        let trainer = try ModelRegistry.trainer(for: recorded)
        try trainer.trainStep()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("flat-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: url) }
        try trainer.checkpoint(configuration: flat).write(to: url)
        let (configuration, resumed) = try ModelRegistry.trainer(restoring: url)
        XCTAssertEqual(configuration, recorded)
        XCTAssertEqual(resumed.step, 1)
        XCTAssertEqual(resumed.adversarial.generator.stateDict(), trainer.adversarial.generator.stateDict())
        XCTAssertNotNil(try resumed.trainStep()["loss_g"])
    }

    func testTheModelsPageIsGeneratedFromTheRegistry() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/MODELS.md").standardized
        let committed = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(committed, ModelCatalog.markdown(), "docs/MODELS.md is stale: regenerate it with swiftgan models --markdown > docs/MODELS.md")
        for name in ModelRegistry.names { XCTAssertTrue(committed.contains("\n## \(name)\n"), name) }
    }
}
