import SwiftGANAutograd
import SwiftGANKernels

/// Adaptive instance normalization (Huang & Belongie 2017; StyleGAN): each
/// channel is instance-normalized, then scaled and shifted by a style.
public final class AdaptiveInstanceNorm: Module {
    public let style: Linear
    public let numFeatures: Int
    public let eps: Float

    /// A layer whose per-channel `(1 + scale, shift)` come from a linear map of a style vector.
    public init(_ numFeatures: Int, styleDimension: Int, eps: Float = 1e-5, generator: inout RandomGenerator) {
        self.numFeatures = numFeatures
        self.eps = eps
        style = Linear(styleDimension, 2 * numFeatures, generator: &generator)
    }

    /// `IN(x) * (1 + scale(w)) + shift(w)` for `x [N, C, H, W]` and styles `w [N, styleDimension]`.
    public func callAsFunction(_ x: Tensor, style w: Tensor) -> Tensor {
        precondition(x.rank == 4 && x.shape[1] == numFeatures && w.shape[0] == x.shape[0], "AdaptiveInstanceNorm: input \(x.shape), style \(w.shape)")
        let parameters = style(w).reshape([x.shape[0], 2, numFeatures, 1, 1])
        let scale = parameters.slice(axis: 1, start: 0, end: 1).squeeze(1)
        let shift = parameters.slice(axis: 1, start: 1, end: 2).squeeze(1)
        return Normalization.standardize(x, axes: [2, 3], eps: eps).normalized * (scale + 1) + shift
    }

    /// Style transfer's AdaIN: `content` renormalized to the per-channel mean and
    /// standard deviation of `style` (both `[N, C, H, W]`).
    public static func transfer(content: Tensor, style: Tensor, eps: Float = 1e-5) -> Tensor {
        precondition(content.rank == 4 && Array(content.shape.prefix(2)) == Array(style.shape.prefix(2)), "AdaIN: content \(content.shape) and style \(style.shape) differ in [N, C]")
        let styleStatistics = Normalization.standardize(style, axes: [2, 3], eps: eps)
        let normalized = Normalization.standardize(content, axes: [2, 3], eps: eps).normalized
        return normalized * (styleStatistics.variance + eps).sqrt() + styleStatistics.mean
    }
}
