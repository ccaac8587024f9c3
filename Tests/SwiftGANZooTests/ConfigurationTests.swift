import Foundation
import SwiftGAN
import XCTest

/// Presets build; bad configurations are refused before training with the key named.
final class ConfigurationTests: XCTestCase {
    func testEveryPresetBuildsATrainer() throws {
        for (name, _) in Presets.descriptions {
            let trainer = try ModelRegistry.trainer(for: Presets.configuration(name))
            XCTAssertEqual(trainer.step, 0, name)
        }
    }

    func testPresetsTrainAStep() throws {
        for name in ["ring8", "mnist_cgan", "mnist_wgan_gp"] {
            var c = try Presets.configuration(name)
            c.batchSize = 8
            let trainer = try ModelRegistry.trainer(for: c)
            let metrics = try trainer.trainStep()
            XCTAssertNotNil(metrics["loss_d"], name)
            XCTAssertNotNil(metrics["loss_g"], name)
        }
    }

    /// `configuration` with `key` set to `value`, refused with an error that starts with `prefix`.
    private func assertRefused(_ settings: [(String, String)], _ prefix: String, base: TrainingConfiguration = TrainingConfiguration(), line: UInt = #line) throws {
        var c = base
        XCTAssertThrowsError(try {
            for (key, value) in settings { try c.set(key, to: value) }
            _ = try ModelRegistry.trainer(for: c)
        }(), line: line) { XCTAssertTrue("\($0)".hasPrefix(prefix), "\($0)", line: line) }
    }

    func testUnknownNamesAreRefusedWithAHint() throws {
        XCTAssertThrowsError(try Presets.configuration("mnist_dcgna")) {
            XCTAssertTrue("\($0)".hasPrefix("preset: unknown value 'mnist_dcgna' (did you mean 'mnist_dcgan'?)"), "\($0)")
        }
        try assertRefused([("gan.loss", "hinje")], "gan.loss: unknown value 'hinje' (did you mean 'hinge'?)")
        try assertRefused([("dataset", "cifar")], "dataset: unknown value 'cifar'; choose one of ring, grid")
        try assertRefused([("gan.penalty", "gp")], "gan.penalty: unknown value 'gp'")
        try assertRefused([("gan.architecture", "dcgan28")], "gan.architecture: unknown value 'dcgan28' (did you mean 'dcgan'?)")
    }

    func testIncompatibleCombinationsSayWhatToChange() throws {
        try assertRefused([("model", "cgan"), ("dataset", "swiss_roll")], "model: cgan needs a labeled dataset and the data has no labels; choose gan or infogan, or a labeled dataset")
        try assertRefused([("dataset", "mnist"), ("gan.architecture", "mlp")], "gan.architecture: mlp is for 2-D points and the data has images [1, 28, 28]; use dcgan")
        try assertRefused([("gan.architecture", "dcgan")], "gan.architecture: dcgan is for images and the data has 2-D points; use mlp")
        try assertRefused([("dataset", "mnist"), ("data.resolution", "30")], "gan.architecture: dcgan needs a resolution of 7 · 2^k (14, 28, 56, ...) or a power of two from 8")
        try assertRefused([("gan.packing", "3")], "gan.packing: must be positive and divide batch_size 64")
        try assertRefused([("model", "acgan"), ("acgan.loss", "relativistic_average")], "acgan.loss: unknown value 'relativistic_average'; choose one of minimax, non_saturating")
        let ssgan = try Presets.configuration("mnist_ssgan")
        try assertRefused([("ssgan.held_out", "10000")], "ssgan.held_out: must be in 1..<10000 (the examples of mnist), got 10000", base: ssgan)
        try assertRefused([("model", "cgan"), ("ssgan.labeled_per_class", "10")], "ssgan: is the section of model ssgan, but the model is cgan", base: ssgan)
        try assertRefused([("dataset", "mnist"), ("gan.diff_augment", "color,blur")], "gan.diff_augment: unknown policy 'color,blur'")
        try assertRefused([("gan.diff_augment", "color")], "gan.diff_augment: augments images, and the data has 2-D points; remove it")
        try assertRefused([("model", "tlgan"), ("dataset", "shapes"), ("tlgan.diff_augment", "color,blur")], "tlgan.diff_augment: unknown policy 'color,blur'")
        try assertRefused([("dataset", "ring"), ("data.channels", "3")], "data.channels: ring holds 2-D points, not images; remove it")
        try assertRefused([("dataset", "folder"), ("data.path", "/nonexistent"), ("data.resolution", "0")], "data.resolution: must be from 2 to 1024")
        try assertRefused([("dataset", "folder"), ("data.path", "/nonexistent"), ("data.channels", "7")], "data.channels: must be 1 or 3")
    }

    func testAPenaltyMakesTheDCGANCriticDropBatchNorm() throws {
        var c = try Presets.configuration("mnist_wgan_gp")
        c.batchSize = 8
        let trainer = try ModelRegistry.trainer(for: c)
        XCTAssertFalse(trainer.adversarial.discriminator.modules().contains { $0 is BatchNorm })
        XCTAssertTrue(try ModelRegistry.trainer(for: Presets.configuration("mnist_dcgan")).adversarial.discriminator.modules().contains { $0 is BatchNorm })
    }
}
