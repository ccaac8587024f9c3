import Foundation
import SwiftGAN
import XCTest

/// Presets build; bad configurations are refused before training with the key named.
final class ConfigurationTests: XCTestCase {
    func testEveryPresetBuildsATrainer() throws {
        for (name, _) in Presets.descriptions {
            let trainer = try ZooBuilder.trainer(for: Presets.configuration(name))
            XCTAssertEqual(trainer.step, 0, name)
        }
    }

    func testPresetsTrainAStep() throws {
        for name in ["ring8", "mnist_cgan", "mnist_wgan_gp"] {
            var c = try Presets.configuration(name)
            c.batchSize = 8
            let trainer = try ZooBuilder.trainer(for: c)
            let metrics = try trainer.trainStep()
            XCTAssertNotNil(metrics["loss_d"], name)
            XCTAssertNotNil(metrics["loss_g"], name)
        }
    }

    func testUnknownNamesAreRefusedWithAHint() throws {
        XCTAssertThrowsError(try Presets.configuration("mnist_dcgna")) {
            XCTAssertTrue("\($0)".hasPrefix("preset: unknown value 'mnist_dcgna' (did you mean 'mnist_dcgan'?)"), "\($0)")
        }
        var c = TrainingConfiguration()
        c.loss = "hinje"
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) { XCTAssertTrue("\($0)".hasPrefix("loss: unknown value 'hinje' (did you mean 'hinge'?)"), "\($0)") }
        c = TrainingConfiguration()
        c.dataset = "cifar"
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) { XCTAssertTrue("\($0)".hasPrefix("dataset: unknown value 'cifar'; choose one of ring, grid"), "\($0)") }
        c = TrainingConfiguration()
        c.penalty = "gp"
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) { XCTAssertTrue("\($0)".hasPrefix("penalty: unknown value 'gp'"), "\($0)") }
    }

    func testIncompatibleCombinationsSayWhatToChange() throws {
        var c = TrainingConfiguration()
        (c.model, c.dataset) = ("cgan", "swiss_roll")
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) {
            XCTAssertEqual("\($0)", "model: cgan needs a labeled dataset and swiss_roll has no labels; choose gan or infogan, or a labeled dataset")
        }
        c = TrainingConfiguration()
        (c.dataset, c.architecture) = ("mnist", "mlp")
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) {
            XCTAssertEqual("\($0)", "architecture: mlp is for 2-D points and mnist has images [1, 28, 28]; use dcgan28")
        }
        c = TrainingConfiguration()
        c.architecture = "dcgan28"
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) { XCTAssertTrue("\($0)".hasPrefix("architecture: dcgan28 needs 28x28 images and ring has samples of shape [2]"), "\($0)") }
        c = TrainingConfiguration()
        (c.packing, c.batchSize) = (3, 64)
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) { XCTAssertEqual("\($0)", "packing: must be positive and divide batch_size 64") }
        c = TrainingConfiguration()
        (c.model, c.loss) = ("acgan", "relativistic_average")
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) { XCTAssertEqual("\($0)", "loss: acgan does not support relativistic_average; choose another loss") }
        c = try Presets.configuration("mnist_ssgan")
        c.heldOut = 10_000
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) { XCTAssertEqual("\($0)", "held_out: must be in 1..<10000 (the examples of mnist), got 10000") }
        c.model = "cgan"
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) { XCTAssertEqual("\($0)", "labeled_per_class: hides labels for the semi-supervised ssgan model; remove it for cgan") }
        c = TrainingConfiguration()
        c.diffAugment = "color,blur"
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) { XCTAssertTrue("\($0)".hasPrefix("diff_augment: unknown policy 'color,blur'"), "\($0)") }
    }

    func testAPenaltyMakesTheDCGANCriticDropBatchNorm() throws {
        var c = try Presets.configuration("mnist_wgan_gp")
        c.batchSize = 8
        let trainer = try ZooBuilder.trainer(for: c)
        XCTAssertFalse(trainer.model.discriminator.modules().contains { $0 is BatchNorm })
        XCTAssertTrue(try ZooBuilder.trainer(for: Presets.configuration("mnist_dcgan")).model.discriminator.modules().contains { $0 is BatchNorm })
    }
}
