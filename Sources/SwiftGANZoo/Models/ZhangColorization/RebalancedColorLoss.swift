import SwiftGANAutograd
import SwiftGANKernels

/// Zhang et al.'s classification loss: each pixel's true ab soft-encoded over
/// its 5 nearest cells (Gaussian, sigma 5), the cross-entropy of the
/// predicted distribution against it weighted by the rebalancing weight of
/// the pixel's nearest cell, averaged over pixels.
public enum RebalancedColorLoss {
    /// The weighted soft targets `[N, Q, h, w]` of true a and b `[N, 2, h, w]`.
    public static func targets(_ ab: NDArray, bins: ABQuantization, weights: [Float]) -> NDArray {
        precondition(ab.rank == 4 && ab.shape[1] == 2, "RebalancedColorLoss: expected a and b [N, 2, h, w], got \(ab.shape)")
        precondition(weights.count == bins.count, "RebalancedColorLoss: \(weights.count) weights for \(bins.count) cells")
        let (n, q, plane) = (ab.shape[0], bins.count, ab.shape[2] * ab.shape[3])
        let values = ab.elements
        var targets = [Float](repeating: 0, count: n * q * plane)
        for image in 0..<n {
            for p in 0..<plane {
                let encoding = bins.softEncoding(a: values[image * 2 * plane + p], b: values[(image * 2 + 1) * plane + p])
                let weight = weights[encoding[0].bin]
                for (bin, share) in encoding { targets[(image * q + bin) * plane + p] = share * weight }
            }
        }
        return NDArray(targets, shape: [n, q, ab.shape[2], ab.shape[3]])
    }

    /// The loss of `logits` `[N, Q, h, w]` against true a and b `[N, 2, h, w]`.
    public static func loss(_ logits: Tensor, targetAB: NDArray, bins: ABQuantization, weights: [Float]) -> Tensor {
        ColorClassLoss.crossEntropy(logits, weightedTargets: targets(targetAB, bins: bins, weights: weights))
    }
}
