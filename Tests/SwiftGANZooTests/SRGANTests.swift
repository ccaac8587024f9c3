import Foundation
@testable import SwiftGANZoo
import SwiftGAN
import XCTest

/// SRGAN and ESRGAN: their warm-up, adversarial phases, perceptual loss,
/// options, and the interpolation of their networks.
final class SRGANTests: XCTestCase {
    private func tiny(_ extra: [(String, String)] = []) throws -> TrainingConfiguration {
        var c = try Presets.configuration("photos_x4_srgan")
        let settings = [("batch_size", "2"), ("steps", "3"), ("srgan.width", "4"), ("srgan.blocks", "1"), ("srgan.discriminator_width", "4"), ("srgan.pretrain_steps", "1")]
        for (key, value) in settings + extra { try c.set(key, to: value) }
        return c
    }

    func testTheWarmUpTrainsPixelsThenTheAdversarialPhasesTakeOver() throws {
        let trainer = try ModelRegistry.trainer(for: tiny())
        let first = try trainer.trainStep()
        XCTAssertNotNil(first["pixel_mse"])
        XCTAssertNil(first["loss_discriminator"])
        let second = try trainer.trainStep()
        XCTAssertNil(second["pixel_mse"])
        for key in ["loss_discriminator", "loss_generator", "perceptual", "adversarial"] { XCTAssertTrue(second[key]?.isFinite ?? false, key) }
        let model = try XCTUnwrap(trainer.model as? PerceptualRestorer)
        let image = Tensor(NDArray(zeros: [1, 3, 5, 7]))
        XCTAssertEqual(trainer.inference.evaluating { model.restore(image, networks: trainer.inference.networks).shape }, [1, 3, 20, 28])
    }

    func testThePerceptualLossIsZeroAtTheTargetAndReachesOnlyTheOutput() throws {
        let network = try PhotoTextureNetwork.pretrained()
        let loss = PerceptualLoss(network: network, layers: ["relu2_2": 1], criterion: .mse)
        XCTAssertTrue(network.parameters().allSatisfy { !$0.isTrainable }, "the feature network is frozen")
        var random = RandomGenerator(seed: 5)
        let target = Tensor(random.uniform([1, 3, 16, 16], low: -1, high: 1))
        XCTAssertEqual(loss(target, target).scalarValue, 0)
        let output = Tensor(random.uniform([1, 3, 16, 16], low: -1, high: 1), requiresGrad: true)
        let value = loss(output, target)
        XCTAssertGreaterThan(value.scalarValue, 0)
        XCTAssertTrue(gradients(of: value, wrt: [output])[0].value.elements.contains { $0 != 0 })
    }

    func testOptionsAreChecked() throws {
        let refusals: [([(String, String)], String)] = [
            ([("srgan.feature_network", "vgg19")], "srgan.vgg19_weights"),
            ([("srgan.feature_network", "alexnet")], "srgan.feature_network"),
            ([("srgan.perceptual_layers", "relu5_4")], "srgan.perceptual_layers"),
            ([("dataset", "photos_x3")], "dataset"),
            ([("dataset", "mnist_x4")], "dataset"),
        ]
        for (extra, key) in refusals {
            XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny(extra))) { error in
                XCTAssertEqual((error as? ConfigurationError)?.key, key, "\(extra): \(error)")
            }
        }
    }

    private func tinyESRGAN() throws -> TrainingConfiguration {
        var c = try Presets.configuration("photos_x4_esrgan")
        let settings = [("batch_size", "2"), ("steps", "2"), ("esrgan.width", "4"), ("esrgan.growth", "2"), ("esrgan.blocks", "1"),
                        ("esrgan.discriminator_width", "4"), ("esrgan.pretrain_steps", "1")]
        for (key, value) in settings { try c.set(key, to: value) }
        return c
    }

    func testESRGANTrainsRelativisticallyAndResumesExactly() throws {
        let c = try tinyESRGAN()
        let trainer = try ModelRegistry.trainer(for: c)
        XCTAssertNotNil(try trainer.trainStep()["pixel_l1"])
        let adversarial = try trainer.trainStep()
        for key in ["loss_discriminator", "perceptual", "adversarial", "pixel"] { XCTAssertTrue(adversarial[key]?.isFinite ?? false, key) }
        let model = try XCTUnwrap(trainer.model as? PerceptualRestorer)
        XCTAssertEqual(model.adversarial, .relativisticAverage)
        XCTAssertEqual(model.pixel, .l1)
        try ResumeCheck.assertResumeContinues(c, steps: 2, stop: 1)
    }

    func testInterpolationBlendsEveryWeight() throws {
        let c = try tinyESRGAN()
        let (a, b) = (try ModelRegistry.trainer(for: c), try ModelRegistry.trainer(for: c))
        try b.trainStep()
        let (first, second) = (a.player("generator").module, b.player("generator").module)
        let (before, other) = (first.stateDict(), second.stateDict())
        try NetworkInterpolation.blend(first, with: second, alpha: 0.25)
        for (name, value) in first.stateDict().entries {
            for (i, blended) in value.elements.enumerated() {
                XCTAssertEqual(blended, 0.25 * before[name]!.elements[i] + 0.75 * other[name]!.elements[i], accuracy: 1e-6, name)
            }
        }
        let srgan = try ModelRegistry.trainer(for: tiny()).player("generator").module
        XCTAssertThrowsError(try NetworkInterpolation.blend(first, with: srgan, alpha: 0.5))
    }
}
