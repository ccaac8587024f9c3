import SwiftGAN
import XCTest

final class ConfigurationOverrideTests: XCTestCase {
    func testKeysAreSnakeCaseAndValuesParseByType() throws {
        var c = TrainingConfiguration()
        XCTAssertTrue(TrainingConfiguration.keys.contains("generator_learning_rate"))
        try c.set("generator_learning_rate", to: "1e-3")
        try c.set("batch_size", to: "128")
        try c.set("feature_matching", to: "true")
        try c.set("penalty", to: "r1")
        try c.set("ema_beta", to: "0.999")
        try c.set("seed", to: "42")
        XCTAssertEqual(c.generatorLearningRate, 1e-3)
        XCTAssertEqual(c.batchSize, 128)
        XCTAssertTrue(c.featureMatching)
        XCTAssertEqual(c.penalty, "r1")
        XCTAssertEqual(c.emaBeta, 0.999)
        XCTAssertEqual(c.seed, 42)
        try c.set("penalty", to: "null")
        XCTAssertNil(c.penalty)
        XCTAssertEqual(c.batchSize, 128, "other keys keep their values")
    }

    func testUnknownKeysAndWrongTypesNameTheKey() {
        var c = TrainingConfiguration()
        XCTAssertThrowsError(try c.set("batchsize", to: "3")) {
            XCTAssertTrue("\($0)".hasPrefix("batchsize: unknown key (did you mean 'batch_size'?)"), "\($0)")
        }
        XCTAssertThrowsError(try c.set("steps", to: "many")) {
            XCTAssertEqual("\($0)", "steps: expected a whole number, got 'many'")
        }
        XCTAssertThrowsError(try c.set("steps", to: "2.5")) {
            XCTAssertEqual("\($0)", "steps: expected a whole number, got '2.5'")
        }
        XCTAssertThrowsError(try c.set("beta1", to: "nan")) {
            XCTAssertEqual("\($0)", "beta1: expected a number, got 'nan'")
        }
        XCTAssertThrowsError(try c.set("learning_rate_decay", to: "maybe")) {
            XCTAssertEqual("\($0)", "learning_rate_decay: expected true or false, got 'maybe'")
        }
        XCTAssertEqual(c, TrainingConfiguration(), "a refused value changes nothing")
    }
}
