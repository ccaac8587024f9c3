import SwiftGANAutograd
import SwiftGANKernels

/// Shared pieces of the normalization layers.
enum Normalization {
    /// `(x - mean) / sqrt(var + eps)` over `axes` with the biased variance, plus the statistics.
    static func standardize(_ x: Tensor, axes: [Int], eps: Float) -> (normalized: Tensor, mean: Tensor, variance: Tensor) {
        let mean = x.mean(axes: axes, keepDims: true)
        let centered = x - mean
        let variance = centered.square().mean(axes: axes, keepDims: true)
        return (centered * (variance + eps).rsqrt(), mean, variance)
    }

    /// `x * weight + bias` with per-channel (axis 1) parameters.
    static func affine(_ x: Tensor, weight: Parameter?, bias: Parameter?) -> Tensor {
        var shape = [Int](repeating: 1, count: x.rank)
        shape[1] = x.shape[1]
        var y = x
        if let weight { y = y * weight.tensor.reshape(shape) }
        if let bias { y = y + bias.tensor.reshape(shape) }
        return y
    }

    /// Checks that `x` is `[N, channels, ...]` with at least `minimumRank` dimensions.
    static func checkChannels(_ x: Tensor, _ channels: Int, minimumRank: Int, layer: String) {
        precondition(
            x.rank >= minimumRank && x.shape[1] == channels,
            "\(layer): expected input [N, \(channels), ...] of rank >= \(minimumRank), got \(x.shape)")
    }
}
