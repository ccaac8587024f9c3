import SwiftGAN
import XCTest

final class ConfigurationOverrideTests: XCTestCase {
    func testDottedKeysReachSectionsAndValuesParseByType() throws {
        var c = TrainingConfiguration()
        XCTAssertTrue(c.keyPaths.contains("gan.penalty_weight"))
        XCTAssertTrue(c.keyPaths.contains("players.discriminator.learning_rate"))
        try c.set("players.generator.learning_rate", to: "1e-3")
        try c.set("batch_size", to: "128")
        try c.set("gan.feature_matching", to: "true")
        try c.set("gan.penalty", to: "r1")
        try c.set("players.generator.ema_beta", to: "0.999")
        try c.set("optimizer.beta2", to: "0.9")
        try c.set("seed", to: "42")
        XCTAssertEqual(c.player("generator").learningRate, 1e-3)
        XCTAssertNil(c.player("discriminator").learningRate, "the other player keeps the optimizer's rate")
        XCTAssertEqual(c.batchSize, 128)
        XCTAssertTrue(c.options(as: GANOptions.self).featureMatching)
        XCTAssertEqual(c.options(as: GANOptions.self).penalty, "r1")
        XCTAssertEqual(c.player("generator").emaBeta, 0.999)
        XCTAssertEqual(c.optimizer.beta2, 0.9)
        XCTAssertEqual(c.seed, 42)
        try c.set("gan.penalty", to: "null")
        XCTAssertNil(c.options(as: GANOptions.self).penalty)
        XCTAssertEqual(c.batchSize, 128, "other keys keep their values")
        c.modify(GANOptions.self) { $0.loss = "hinge" }
        XCTAssertEqual(c.options(as: GANOptions.self).loss, "hinge")
    }

    func testChangingTheModelSwitchesItsSection() throws {
        var c = TrainingConfiguration()
        try c.set("gan.hidden", to: "32")
        try c.set("model", to: "infogan")
        XCTAssertEqual(c.options(as: InfoGANOptions.self).continuousCodes, 2, "the new model's defaults")
        try c.set("infogan.continuous_codes", to: "3")
        XCTAssertEqual(c.options(as: InfoGANOptions.self).continuousCodes, 3)
        XCTAssertThrowsError(try c.set("gan.hidden", to: "8")) {
            XCTAssertTrue("\($0)".hasPrefix("gan: is the section of model gan, but the model is infogan; write these keys under infogan: or set model: gan"), "\($0)")
        }
    }

    func testUnknownKeysAndWrongTypesNameTheKey() {
        var c = TrainingConfiguration()
        XCTAssertThrowsError(try c.set("batchsize", to: "3")) {
            XCTAssertTrue("\($0)".hasPrefix("batchsize: unknown key (did you mean 'batch_size'?)"), "\($0)")
        }
        XCTAssertThrowsError(try c.set("gan.pennalty", to: "r1")) {
            XCTAssertTrue("\($0)".hasPrefix("gan.pennalty: unknown key (did you mean 'gan.penalty'?)"), "\($0)")
        }
        XCTAssertThrowsError(try c.set("players.critic.learning_rate", to: "1")) {
            XCTAssertTrue("\($0)".hasPrefix("players.critic: unknown key; the keys are players.generator, players.discriminator"), "\($0)")
        }
        XCTAssertThrowsError(try c.set("hidden", to: "3")) {
            XCTAssertTrue("\($0)".hasPrefix("hidden: is now a key of the model's section"), "\($0)")
        }
        XCTAssertThrowsError(try c.set("generator_learning_rate", to: "3")) {
            XCTAssertEqual("\($0)", "generator_learning_rate: is now players.generator.learning_rate; write it in that section")
        }
        XCTAssertThrowsError(try c.set("gan", to: "3")) {
            XCTAssertTrue("\($0)".hasPrefix("gan: is a section: give its keys"), "\($0)")
        }
        XCTAssertThrowsError(try c.set("steps", to: "many")) {
            XCTAssertEqual("\($0)", "steps: expected a whole number, got 'many'")
        }
        XCTAssertThrowsError(try c.set("steps", to: "2.5")) {
            XCTAssertEqual("\($0)", "steps: expected a whole number, got '2.5'")
        }
        XCTAssertThrowsError(try c.set("optimizer.beta1", to: "nan")) {
            XCTAssertEqual("\($0)", "optimizer.beta1: expected a number, got 'nan'")
        }
        XCTAssertThrowsError(try c.set("optimizer.learning_rate_decay", to: "maybe")) {
            XCTAssertEqual("\($0)", "optimizer.learning_rate_decay: expected true or false, got 'maybe'")
        }
        XCTAssertThrowsError(try c.set("gan..loss", to: "x")) { XCTAssertTrue("\($0)".hasPrefix("gan..loss: not a key"), "\($0)") }
        XCTAssertThrowsError(try c.apply(["model": "acgan", "acgan": ["hiden": "3"]], source: "tree")) {
            XCTAssertTrue("\($0)".hasPrefix("acgan.hiden: unknown key (did you mean 'acgan.hidden'?)"), "\($0)")
        }
        XCTAssertEqual(c, TrainingConfiguration(), "a refused value changes nothing, the model included")
    }
}
