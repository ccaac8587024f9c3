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
            XCTAssertTrue((2010...2030).contains(card.year), definition.name)
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
            c.batchSize = 4
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

    func testTheModelsPageIsGeneratedFromTheRegistry() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/MODELS.md").standardized
        let committed = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(committed, ModelCatalog.markdown(), "docs/MODELS.md is stale: regenerate it with swiftgan models --markdown > docs/MODELS.md")
        for name in ModelRegistry.names { XCTAssertTrue(committed.contains("\n## \(name)\n"), name) }
    }
}
