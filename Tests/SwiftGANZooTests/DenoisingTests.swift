import Foundation
@testable import SwiftGANZoo
import SwiftGAN
import XCTest

/// Noise2Noise: its U-Net, its noisy pairs, and the denoising measure.
final class DenoisingTests: XCTestCase {
    private func tiny(_ preset: String, extra: [(String, String)] = []) throws -> TrainingConfiguration {
        var c = try Presets.configuration(preset)
        for (key, value) in [("batch_size", "2"), ("steps", "2"), ("noise2noise.width", "4"), ("noise2noise.depth", "2")] + extra { try c.set(key, to: value) }
        return c
    }

    func testTheUNetKeepsAnySizeAndItsSkipsReachTheOutput() {
        var random = RandomGenerator(seed: 1)
        let network = DenoisingUNet(channels: 3, width: 4, depth: 3, generator: &random)
        for (height, width) in [(16, 16), (13, 21), (5, 7)] {
            let x = Tensor(random.uniform([2, 3, height, width], low: -1, high: 1))
            XCTAssertEqual(withoutGrad { network(x).shape }, [2, 3, height, width])
        }
        // Each output pixel depends on the input pixel under it through the last stage's skip, however deep the network.
        let x = Tensor(random.uniform([1, 3, 16, 16], low: -1, high: 1), requiresGrad: true)
        let grad = gradients(of: network(x).slice(axis: 2, start: 9, end: 10).slice(axis: 3, start: 4, end: 5).sum(), wrt: [x])[0].value
        XCTAssertNotEqual(grad[[0, 0, 9, 4]], 0)
    }

    func testNoise2NoiseTrainsOnNoisyPairsAndIsMeasuredOnCleanPhotos() throws {
        let c = try tiny("photos_noise25_n2n")
        let trainer = try ModelRegistry.trainer(for: c)
        let first = try XCTUnwrap(trainer.trainStep()["loss_generator"])
        XCTAssertTrue(first.isFinite)
        let model = try XCTUnwrap(trainer.model as? any RestorationModel)
        XCTAssertEqual(model.task, RestorationTask(kind: .denoising, factor: 1, channels: 3))
        let report = try RestorationMeasure.measure(model, configuration: c, inference: trainer.inference, limit: 1)
        // Sigma 25 noise on the luma of an RGB photo: its deviation is 25 times the norm of (65.481, 128.553, 24.966) / 255,
        // about 14.4 levels, so the noisy photo's PSNR is near 20 log10(255 / 14.4) = 25 dB (less clipping at black and white).
        XCTAssertEqual(try XCTUnwrap(report["noisy_psnr_y"]), 25, accuracy: 1.0)
        XCTAssertNil(report["bicubic_psnr_y"])
        // The gain is the difference of the two reported means, one double subtraction: equal bit for bit on any CPU.
        XCTAssertEqual(try XCTUnwrap(report["psnr_gain"]), report["psnr_y"]! - report["noisy_psnr_y"]!)
    }

    func testNoise2NoiseNeedsDenoisingData() throws {
        XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny("photos_noise25_n2n", extra: [("dataset", "photos_x4")]))) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "dataset")
            XCTAssertTrue("\(error)".contains("photos_noise25, photos_noise25_pairs"), "\(error)")
        }
        XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny("photos_noise25_n2n", extra: [("noise2noise.depth", "7")]))) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "noise2noise.depth")
        }
    }
}
