import Foundation
import SwiftGAN
import XCTest

final class ConfigurationYAMLTests: XCTestCase {
    func testTheResolvedYAMLReadsBackToTheSameConfiguration() throws {
        var c = try Presets.configuration("ring8")
        c.modify(GANOptions.self) { $0.diffAugment = "color,translation" }
        try c.set("players.discriminator.historical_averaging", to: "0.5")
        let text = c.yaml
        XCTAssertTrue(text.contains("\ngan:\n"), text)
        XCTAssertTrue(text.contains("\n  penalty_weight: 0.1\n"), text)
        XCTAssertTrue(text.contains("\n  architecture: null\n"), text)
        XCTAssertTrue(text.contains("\n  diff_augment: \"color,translation\"\n"), text)
        XCTAssertTrue(text.contains("\n  discriminator:\n"), text)
        XCTAssertEqual(try TrainingConfiguration(yaml: text, source: "resolved.yaml"), c)
        XCTAssertEqual(try TrainingConfiguration(json: c.json, source: "checkpoint"), c)
    }

    func testAPresetKeyIsTheBaseOfTheOtherKeys() throws {
        let c = try TrainingConfiguration(yaml: "# mine\npreset: mnist_wgan_gp\nsteps: 20\noptimizer:\n  beta2: 0.99\ngan:\n  critic_steps: 2\n", source: "mine.yaml")
        var expected = try Presets.configuration("mnist_wgan_gp")
        (expected.steps, expected.optimizer.beta2) = (20, 0.99)
        expected.modify(GANOptions.self) { $0.networks.criticSteps = 2 }
        XCTAssertEqual(c, expected)
        XCTAssertEqual(expected.options(as: GANOptions.self).loss, "wasserstein", "the preset's other keys stay")
    }

    func testEveryPresetHasADescription() {
        XCTAssertGreaterThanOrEqual(Presets.descriptions.count, 15)
        for preset in Presets.descriptions { XCTAssertFalse(preset.description.isEmpty, preset.name) }
    }

    /// A flat configuration of an earlier version, as its checkpoints recorded
    /// it, reads into sections with the same values.
    func testAFlatConfigurationOfAnEarlierVersionIsConverted() throws {
        let flat: [String: Any] = [
            "model": "infogan", "dataset": "mnist", "architecture": "infogan28", "latent_dimension": 62, "batch_size": 128, "steps": 8000,
            "generator_learning_rate": 0.001, "discriminator_learning_rate": 0.0002, "beta1": 0.5, "beta2": 0.999, "optimizer": "adam",
            "continuous_codes": 2, "info_weight": 1, "info_continuous_weight": 0.5, "penalty": NSNull(), "packing": 1, "hidden": 128, "layers": 3,
            "labeled_per_class": NSNull(), "held_out": 2000, "channels": 1, "ema_beta": NSNull(), "historical_averaging": 0, "seed": 3,
        ]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: flat), as: UTF8.self)
        let c = try TrainingConfiguration(json: json, source: "old.safetensors")
        let infogan = c.options(as: InfoGANOptions.self)
        XCTAssertEqual(c.model, "infogan")
        XCTAssertEqual(infogan.networks.architecture, "infogan", "renamed when it took the data's resolution")
        XCTAssertEqual(infogan.networks.latentDimension, 62)
        XCTAssertEqual(infogan.infoContinuousWeight, 0.5)
        XCTAssertEqual(c.player("generator").learningRate, 1e-3)
        XCTAssertEqual([c.batchSize, c.steps, Int(c.seed)], [128, 8000, 3])
        XCTAssertNil(c.data.channels, "channels applied to folders only")
    }

    func testMalformedFilesNameTheFileOrTheKey() {
        let cases: [(String, String)] = [
            ("steps: [1, 2]\n", "steps: expected a single value or a section in bad.yaml, not a list"),
            ("- steps\n- 3\n", "bad.yaml: expected a mapping of configuration keys to values (key: value lines)"),
            ("stesp: 3\n", "stesp: unknown key (did you mean 'steps'?)"),
            ("gan:\n  hiden: 3\n", "gan.hiden: unknown key (did you mean 'gan.hidden'?)"),
            ("optimizer: adam\n", "optimizer: is a section: give its keys"),
            ("gan:\n  loss: hinge\n  loss: minimax\n", "bad.yaml: not valid YAML: Parser: expected all keys to be unique"),
            ("steps: {\n", "bad.yaml: not valid YAML"),
            ("preset: mnist_dcgn\n", "preset: unknown value 'mnist_dcgn' (did you mean 'mnist_dcgan'?)"),
            ("model: acgan\ngan:\n  hidden: 3\n", "gan: is the section of model gan, but the model is acgan"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try TrainingConfiguration(yaml: text, source: "bad.yaml"), text) {
                XCTAssertTrue("\($0)".hasPrefix(message), "\(text): \($0)")
            }
        }
    }
}
