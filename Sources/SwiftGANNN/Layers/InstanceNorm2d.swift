import SwiftGANAutograd
import SwiftGANKernels

/// Instance normalization of `[N, C, H, W]` over each sample's channel plane,
/// as PyTorch's `InstanceNorm2d` (no affine parameters and no running
/// statistics by default).
public final class InstanceNorm2d: Module, Layer {
    public let weight: Parameter?
    public let bias: Parameter?
    public let numFeatures: Int
    public let eps: Float

    /// A layer; with `affine`, weight 1 and bias 0.
    public init(_ numFeatures: Int, eps: Float = 1e-5, affine: Bool = false) {
        precondition(numFeatures > 0, "InstanceNorm2d: numFeatures must be positive, got \(numFeatures)")
        self.numFeatures = numFeatures
        self.eps = eps
        weight = affine ? Parameter(NDArray(repeating: 1, shape: [numFeatures])) : nil
        bias = affine ? Parameter(NDArray(zeros: [numFeatures])) : nil
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        Normalization.checkChannels(x, numFeatures, minimumRank: 4, layer: "InstanceNorm2d")
        let normalized = Normalization.standardize(x, axes: [2, 3], eps: eps).normalized
        return Normalization.affine(normalized, weight: weight, bias: bias)
    }
}
