import Foundation
import SwiftGANKernels

/// The truncation trick's latent: standard normal values conditioned on
/// `|z| <= limit`, drawn with a bounded number of trials whatever the limit.
public enum TruncatedNormal {
    /// The smallest limit accepted: below it every value lies within 0.001 of
    /// zero, and the samples are the generator's output at z = 0.
    public static let minimumLimit: Float = 1e-3
    /// Trials per value; every trial is accepted with probability at least
    /// 0.6, so all of them failing (probability below 1e-25) is never seen.
    static let trials = 64

    /// `z` with each value beyond `±limit` replaced by a fresh draw within it.
    /// Values within the limit are kept: they already follow the truncated law.
    public static func truncate(_ z: NDArray, at limit: Float, random: inout RandomGenerator) -> NDArray {
        precondition(limit.isFinite && limit >= minimumLimit, "TruncatedNormal: limit must be finite and at least \(minimumLimit), got \(limit)")
        var values = z.elements
        for i in values.indices where !(abs(values[i]) <= limit) {
            values[i] = draw(within: limit, random: &random)
        }
        return NDArray(values, shape: z.shape)
    }

    /// One value of the normal law truncated to `[-limit, limit]`. From a limit
    /// of 1 up, normal draws are accepted when inside (probability >= 0.68);
    /// below 1, uniform draws in the interval are accepted with probability
    /// `exp(-x²/2)` (>= 0.6). After `trials` rejections a uniform value is taken.
    static func draw(within limit: Float, random: inout RandomGenerator) -> Float {
        for _ in 0..<trials {
            if limit >= 1 {
                let x = random.normal([1]).elements[0]
                if abs(x) <= limit { return x }
            } else {
                let x = (2 * random.nextUnitFloat() - 1) * limit
                if random.nextUnitFloat() < exp(-x * x / 2) { return x }
            }
        }
        return (2 * random.nextUnitFloat() - 1) * limit
    }
}
