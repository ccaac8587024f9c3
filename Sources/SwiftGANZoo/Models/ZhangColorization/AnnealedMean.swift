import Foundation
import SwiftGANKernels

/// Zhang et al.'s decoding of a predicted ab distribution: the mean of the
/// distribution sharpened by a temperature, `f_T(z) ∝ exp(log z / T)` (that
/// is, the softmax of the logits over `T`). T = 1 is the mean (desaturated),
/// T → 0 the mode (vivid but patchy); Zhang et al. take 0.38.
public enum AnnealedMean {
    /// The a and b `[N, 2, h, w]` of logits `[N, Q, h, w]` over the cells of `bins`.
    public static func decode(_ logits: NDArray, bins: ABQuantization, temperature: Float = 0.38) -> NDArray {
        precondition(logits.rank == 4 && logits.shape[1] == bins.count, "AnnealedMean: expected logits [N, \(bins.count), h, w], got \(logits.shape)")
        precondition(temperature > 0, "AnnealedMean: temperature \(temperature) must be positive")
        let (n, q, plane) = (logits.shape[0], bins.count, logits.shape[2] * logits.shape[3])
        let values = logits.elements
        var ab = [Float](repeating: 0, count: n * 2 * plane)
        var weights = [Float](repeating: 0, count: q)
        for image in 0..<n {
            for p in 0..<plane {
                var largest = -Float.infinity
                for k in 0..<q { largest = max(largest, values[(image * q + k) * plane + p]) }
                var total: Float = 0
                for k in 0..<q {
                    weights[k] = exp((values[(image * q + k) * plane + p] - largest) / temperature)
                    total += weights[k]
                }
                var (a, b): (Float, Float) = (0, 0)
                for k in 0..<q {
                    a += weights[k] * bins.centers[k].x
                    b += weights[k] * bins.centers[k].y
                }
                ab[image * 2 * plane + p] = a / total
                ab[(image * 2 + 1) * plane + p] = b / total
            }
        }
        return NDArray(ab, shape: [n, 2, logits.shape[2], logits.shape[3]])
    }
}
