import Foundation
import SwiftGANKernels

/// Mode coverage and sample quality of 2-D samples against a Gaussian mixture,
/// with the conventions of VEEGAN and PacGAN:
///
/// - a sample is *high quality* when it lies within `threshold` standard
///   deviations (Euclidean distance) of its nearest mode center;
/// - a mode is *covered* when at least one high-quality sample is nearest to it;
/// - the mode histogram counts the high-quality samples nearest each mode, and
///   `modeKLDivergence` is KL(histogram ‖ uniform) in nats: 0 for a balanced
///   histogram, ln K when every high-quality sample falls on one of K modes.
///   With no high-quality sample at all it is ln K as well, the worst value.
public struct MixtureEvaluation: Sendable, Equatable {
    /// The number of samples evaluated.
    public let sampleCount: Int
    /// High-quality samples nearest to each mode.
    public let modeHistogram: [Int]
    /// Modes with at least one high-quality sample.
    public let modesCovered: Int
    /// The fraction of samples that are high quality.
    public let highQualityFraction: Double
    /// KL divergence (nats) of the normalized mode histogram from uniform.
    public let modeKLDivergence: Double

    /// Evaluates `samples` `[N, 2]` against modes at `modeCenters` with
    /// per-coordinate standard deviation `std`.
    public init(samples: NDArray, modeCenters: [SIMD2<Float>], std: Float, threshold: Float = 3) {
        precondition(samples.rank == 2 && samples.shape[1] == 2, "MixtureEvaluation: samples must be [N, 2], got \(samples.shape)")
        precondition(!modeCenters.isEmpty, "MixtureEvaluation: modeCenters is empty")
        precondition(std > 0 && threshold > 0, "MixtureEvaluation: std \(std) and threshold \(threshold) must be positive")
        let limit = Double(threshold) * Double(std)
        var histogram = [Int](repeating: 0, count: modeCenters.count)
        samples.withUnsafeBufferPointer { p in
            for i in 0..<samples.shape[0] {
                let point = SIMD2(Double(p[2 * i]), Double(p[2 * i + 1]))
                var (best, bestDistance) = (0, Double.infinity)
                for (k, center) in modeCenters.enumerated() {
                    let d = point - SIMD2(Double(center.x), Double(center.y))
                    let distance = (d * d).sum().squareRoot()
                    if distance < bestDistance { (best, bestDistance) = (k, distance) }
                }
                if bestDistance <= limit { histogram[best] += 1 }
            }
        }
        let good = histogram.reduce(0, +)
        sampleCount = samples.shape[0]
        modeHistogram = histogram
        modesCovered = histogram.filter { $0 > 0 }.count
        highQualityFraction = sampleCount == 0 ? 0 : Double(good) / Double(sampleCount)
        let k = Double(modeCenters.count)
        modeKLDivergence = good == 0 ? log(k) : histogram.filter { $0 > 0 }.reduce(0) { sum, n in
            let p = Double(n) / Double(good)
            return sum + p * log(p * k)
        }
    }

    /// Evaluates `samples` `[N, 2]` against the modes and std of `mixture`.
    public init(samples: NDArray, mixture: GaussianMixture2D, threshold: Float = 3) {
        self.init(samples: samples, modeCenters: mixture.modeCenters, std: mixture.std, threshold: threshold)
    }
}
