import Foundation
import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANMetrics

/// The figures of restorers on their data's held-out images: PSNR and SSIM
/// on luma with the scale as border crop (BasicSR's), the same for the
/// baseline (bicubic upsampling of the input for super-resolution, the noisy
/// input itself for denoising), the gain over it, and the seconds per output
/// megapixel of the restorer's forward passes; for color images also the
/// stand-in perceptual distance (`TextureDistance`, lower is closer) of both.
enum RestorationMeasure {
    static func measure(_ model: any RestorationModel, configuration: TrainingConfiguration, inference: Inference, limit: Int? = nil) throws -> [String: Double] {
        if let colorizer = model as? Colorizer { return try ColorizationMeasure.measure(colorizer, configuration: configuration, inference: inference, limit: limit) }
        let pairs = try RestorationData.evaluationPairs(dataset: configuration.dataset, options: configuration.data).prefix(limit ?? .max)
        let task = model.task
        var psnr: [Double] = [], ssim: [Double] = [], basePSNR: [Double] = [], baseSSIM: [Double] = [], texture: [Double] = [], baseTexture: [Double] = []
        let textureNetwork = task.channels == 3 ? try PhotoTextureNetwork.pretrained() : nil
        var seconds = 0.0, megapixels = 0.0
        for (input, target) in pairs {
            let started = Date()
            let output = inference.evaluating { model.restore(Tensor(input.map(.affine(scale: 2, shift: -1))), networks: inference.networks).value }
            seconds += Date().timeIntervalSince(started)
            megapixels += Double(target.count / target.shape[1]) / 1e6
            let restored = output.map(.affine(scale: 0.5, shift: 0.5))
            let baseline = task.factor == 1 ? input : withoutGrad { BicubicUpsampling(factor: task.factor)(Tensor(input)).value }
            psnr += try RestorationQuality.psnrY(restored, target, cropBorder: task.cropBorder)
            ssim += try RestorationQuality.ssimY(restored, target, cropBorder: task.cropBorder)
            basePSNR += try RestorationQuality.psnrY(baseline, target, cropBorder: task.cropBorder)
            baseSSIM += try RestorationQuality.ssimY(baseline, target, cropBorder: task.cropBorder)
            if let textureNetwork {
                texture += TextureDistance.distance(restored.map(.clamp(low: 0, high: 1)), target, network: textureNetwork)
                baseTexture += TextureDistance.distance(baseline.map(.clamp(low: 0, high: 1)), target, network: textureNetwork)
            }
        }
        func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
        let base = task.kind == .denoising ? "noisy" : "bicubic"
        var report = [
            "psnr_y": mean(psnr), "ssim_y": mean(ssim), "\(base)_psnr_y": mean(basePSNR), "\(base)_ssim_y": mean(baseSSIM),
            "psnr_gain": mean(psnr) - mean(basePSNR), "seconds_per_megapixel": seconds / megapixels,
        ]
        if textureNetwork != nil {
            report["texture_distance_standin"] = mean(texture)
            report["\(base)_texture_distance_standin"] = mean(baseTexture)
        }
        return report
    }

    /// Deep image prior's photo against the clean one, and what it observed against it.
    static func imagePrior(_ model: DeepImagePrior, inference: Inference) throws -> [String: Double] {
        let restored = inference.evaluating { model.infer(.nothing, networks: inference.networks).value }.map(.affine(scale: 0.5, shift: 0.5))
        let seen = model.factor > 1 ? withoutGrad { BicubicUpsampling(factor: model.factor)(Tensor(model.observed)).value } : model.observed
        let border = model.factor > 1 ? model.factor : 0
        let psnr = try RestorationQuality.psnrY(restored, model.clean, cropBorder: border)[0]
        let observed = try RestorationQuality.psnrY(seen, model.clean, cropBorder: border)[0]
        return [
            "psnr_y": psnr, "ssim_y": try RestorationQuality.ssimY(restored, model.clean, cropBorder: border)[0],
            "observed_psnr_y": observed, "psnr_gain": psnr - observed,
            // On RGB in [0, 1], as the per-step psnr_clean of metrics.jsonl: the curve's baseline.
            "observed_psnr": try ImageQuality.psnr(seen, model.clean, dataRange: 1)[0],
        ]
    }
}
