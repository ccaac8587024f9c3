import SwiftGANAutograd
import SwiftGANKernels

/// Group normalization: channels split into `numGroups` groups normalized
/// together per sample, then a per-channel affine, as PyTorch's `GroupNorm`.
public final class GroupNorm: Module, Layer {
    public let weight: Parameter?
    public let bias: Parameter?
    public let numGroups: Int
    public let numChannels: Int
    public let eps: Float

    /// A layer; with `affine`, weight 1 and bias 0.
    public init(_ numGroups: Int, _ numChannels: Int, eps: Float = 1e-5, affine: Bool = true) {
        precondition(
            numGroups > 0 && numChannels > 0 && numChannels % numGroups == 0,
            "GroupNorm: \(numChannels) channels cannot be split into \(numGroups) groups")
        self.numGroups = numGroups
        self.numChannels = numChannels
        self.eps = eps
        weight = affine ? Parameter(NDArray(repeating: 1, shape: [numChannels])) : nil
        bias = affine ? Parameter(NDArray(zeros: [numChannels])) : nil
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        Normalization.checkChannels(x, numChannels, minimumRank: 2, layer: "GroupNorm")
        let grouped = x.reshape([x.shape[0], numGroups, -1])
        let normalized = Normalization.standardize(grouped, axes: [2], eps: eps).normalized.reshape(x.shape)
        return Normalization.affine(normalized, weight: weight, bias: bias)
    }
}
