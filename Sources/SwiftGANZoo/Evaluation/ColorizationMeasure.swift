import Foundation
import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANMetrics

/// The figures of colorizers on their data's held-out color photos, whole,
/// given as lightness grays: PSNR on RGB, the raw accuracy AuC of ab
/// distances (0...150) and the colorfulness of the results, the same for
/// the gray input itself (the baseline, colorfulness 0), the reference's
/// colorfulness, and seconds per megapixel. A user-guided colorizer is also
/// measured with `hintCount` hints per photo, each the mean color of a
/// `hintSide` square at a seeded place (`_hints10` figures, and `hint_gain`,
/// the PSNR they add).
enum ColorizationMeasure {
    static let hintCount = 10
    static let hintSide = 3
    static let hintSeed: UInt64 = 0x4111_7510

    static func measure(_ model: Colorizer, configuration: TrainingConfiguration, inference: Inference, limit: Int? = nil) throws -> [String: Double] {
        let pairs = try RestorationData.evaluationPairs(dataset: configuration.dataset, options: configuration.data).prefix(limit ?? .max)
        var figures: [String: [Double]] = [:]
        var seconds = 0.0, megapixels = 0.0
        func record(_ prefix: String, _ images: NDArray, _ reference: NDArray) throws {
            figures["psnr\(prefix)", default: []] += try ColorizationQuality.psnr(images, reference)
            figures["ab_accuracy_auc\(prefix)", default: []] += try ColorizationQuality.abAccuracyAUC(images, reference)
            figures["colorfulness\(prefix)", default: []] += try ColorizationQuality.colorfulness(images)
        }
        for (gray, target) in pairs {
            let input = Tensor(gray.map(.affine(scale: 2, shift: -1)))
            let started = Date()
            let colored = inference.evaluating { model.colorize(input, hints: nil, networks: inference.networks).value }
            seconds += Date().timeIntervalSince(started)
            megapixels += Double(target.shape[2] * target.shape[3]) / 1e6
            try record("", colored.map(.affine(scale: 0.5, shift: 0.5)), target)
            try record("_gray", NDArray.concatenate([gray, gray, gray], axis: 1), target)
            figures["reference_colorfulness", default: []] += try ColorizationQuality.colorfulness(target)
            if model.takesHints {
                let hints = ColorHints.uniform(from: ColorConversion.lab(fromRGB: target).abChannels, count: hintCount, side: hintSide, seed: hintSeed)
                let guided = inference.evaluating { model.colorize(input, hints: hints, networks: inference.networks).value }
                try record("_hints\(hintCount)", guided.map(.affine(scale: 0.5, shift: 0.5)), target)
            }
        }
        var report = figures.mapValues { $0.reduce(0, +) / Double($0.count) }
        report["seconds_per_megapixel"] = seconds / megapixels
        if let guided = report["psnr_hints\(hintCount)"], let automatic = report["psnr"] { report["hint_gain"] = guided - automatic }
        return report
    }
}
