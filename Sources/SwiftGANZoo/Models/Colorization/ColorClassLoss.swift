import SwiftGANAutograd
import SwiftGANKernels

/// The cross-entropies of the classifying colorizers (Zhang et al.'s ab
/// cells, Larsson et al.'s hue and chroma histograms): per-pixel class
/// logits `[N, K, h, w]` against target distributions already multiplied by
/// each pixel's weight, summed over classes and averaged over pixels.
public enum ColorClassLoss {
    /// `-mean over pixels of sum_k targets[k] log softmax(logits)[k]`.
    public static func crossEntropy(_ logits: Tensor, weightedTargets targets: NDArray) -> Tensor {
        precondition(logits.shape == targets.shape, "ColorClassLoss: logits \(logits.shape) and targets \(targets.shape) differ")
        let pixels = Float(logits.shape[0] * logits.shape[2] * logits.shape[3])
        return -(logits.logSoftmax(axis: 1) * Tensor(targets)).sum() / pixels
    }

    /// One-hot targets `[N, K, h, w]` of per-pixel classes `classes` (`N * h * w`, pixel-major per image), scaled by `weights` per pixel.
    static func oneHot(_ classes: [Int], weights: [Float]? = nil, count: Int, shape: (n: Int, h: Int, w: Int)) -> NDArray {
        let plane = shape.h * shape.w
        var values = [Float](repeating: 0, count: shape.n * count * plane)
        for (pixel, k) in classes.enumerated() {
            let (n, p) = (pixel / plane, pixel % plane)
            values[(n * count + k) * plane + p] = weights?[pixel] ?? 1
        }
        return NDArray(values, shape: [shape.n, count, shape.h, shape.w])
    }
}
