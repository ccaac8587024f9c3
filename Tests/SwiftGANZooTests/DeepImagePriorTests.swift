import Foundation
@testable import SwiftGANZoo
import SwiftGAN
import XCTest

/// Deep image prior: its degradations, its fit, and its fixed code kept in checkpoints.
final class DeepImagePriorTests: XCTestCase {
    private func tiny(_ task: String, extra: [(String, String)] = []) throws -> TrainingConfiguration {
        var c = try Presets.configuration("photo_dip_denoise")
        let settings = [("steps", "3"), ("data.resolution", "32"), ("dip.task", task), ("dip.width", "4"), ("dip.code_channels", "4"), ("dip.depth", "2")]
        for (key, value) in settings + extra { try c.set(key, to: value) }
        return c
    }

    func testSuperResolutionShrinksTheImageAsTheDataIsShrunk() {
        var random = RandomGenerator(seed: 1)
        let image = random.uniform([1, 3, 16, 16], low: 0.3, high: 0.7)
        let shrunk = PriorTask.superResolution.degrade(Tensor(image), factor: 4, mask: nil).value
        let reference = Degradation.bicubicDownsample(image.reshaped([3, 16, 16]), factor: 4)
        // Values stay inside [0, 1], so the data's clamping after each pass changes nothing.
        for (a, b) in zip(shrunk.elements, reference.elements) { XCTAssertEqual(a, b, accuracy: 1e-5) }
    }

    func testInpaintingHidesItsShareOfPixelsFromTheLoss() {
        var random = RandomGenerator(seed: 2)
        let clean = random.uniform([1, 3, 32, 32], low: 0, high: 1)
        let (observed, mask) = PriorTask.inpainting.observe(clean, factor: 1, sigma: 0, dropFraction: 0.5, random: &random)
        let seen = try! XCTUnwrap(mask).elements
        // 1,024 pixels each hidden with probability 1/2: the share is within 0.1 of it (6 standard deviations).
        XCTAssertEqual(Double(seen.filter { $0 == 0 }.count) / 1_024, 0.5, accuracy: 0.1)
        let image = Tensor(random.uniform([1, 3, 32, 32], low: 0, high: 1), requiresGrad: true)
        let loss = (PriorTask.inpainting.degrade(image, factor: 1, mask: mask) - Tensor(observed)).square().mean()
        let grad = gradients(of: loss, wrt: [image])[0].value.elements
        for (i, value) in grad.enumerated() where seen[i % 1_024] == 0 { XCTAssertEqual(value, 0) }
        XCTAssertTrue(grad.enumerated().contains { seen[$0.offset % 1_024] == 1 && $0.element != 0 })
    }

    func testEachTaskFitsAndLogsItsDistanceToTheCleanPhoto() throws {
        for task in PriorTask.allCases {
            let c = try tiny(task.rawValue, extra: [("optimizer.learning_rate", "0.01")])
            let trainer = try ModelRegistry.trainer(for: c)
            let model = try XCTUnwrap(trainer.model as? DeepImagePrior)
            XCTAssertEqual(model.input, .nothing)
            let losses = try (0..<12).map { _ in try trainer.trainStep() }
            XCTAssertTrue(losses.allSatisfy { ($0["psnr_clean"] ?? .nan).isFinite }, "\(task)")
            // From a random network's flat gray, Adam at 0.01 fits the observation's colors within a few steps.
            XCTAssertLessThan(losses.last!["loss_prior"]!, losses.first!["loss_prior"]!, "\(task)")
            let report = try QualityMeasures.report(for: c, inference: trainer.inference, seed: 1)
            // The gain is the difference of the two reported figures, one double subtraction: equal bit for bit on any CPU.
            XCTAssertEqual(try XCTUnwrap(report["psnr_gain"]), report["psnr_y"]! - report["observed_psnr_y"]!)
        }
    }

    func testTheCodeIsKeptInTheCheckpoint() throws {
        let c = try tiny("denoising")
        let trainer = try ModelRegistry.trainer(for: c)
        try trainer.trainStep()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dip-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: url) }
        try trainer.checkpoint(configuration: c.json).write(to: url)
        let restored = try ModelRegistry.inference(restoring: url).inference
        let before = trainer.inference.evaluating { trainer.model.infer(.nothing, networks: trainer.inference.networks).value }
        let after = restored.evaluating { restored.model.infer(.nothing, networks: restored.networks).value }
        XCTAssertEqual(before.elements, after.elements)
    }

    func testDeepImagePriorNeedsOnePhotoOfAFittingSide() throws {
        XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny("denoising", extra: [("dataset", "mnist")]))) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "dataset")
        }
        XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny("denoising", extra: [("dip.depth", "6")]))) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "dip.depth")
        }
        XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny("super_resolution", extra: [("dip.factor", "3")]))) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "dip.factor")
        }
        XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny("denoising", extra: [("data.resolution", "1024")]))) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "data.resolution")
        }
    }
}
