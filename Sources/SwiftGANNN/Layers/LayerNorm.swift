import SwiftGANAutograd
import SwiftGANKernels

/// Layer normalization over the trailing `normalizedShape` axes, as PyTorch's `LayerNorm`.
public final class LayerNorm: Module, Layer {
    public let weight: Parameter?
    public let bias: Parameter?
    public let normalizedShape: [Int]
    public let eps: Float

    /// A layer; with `elementwiseAffine`, weight 1 and bias 0 of `normalizedShape`.
    public init(_ normalizedShape: [Int], eps: Float = 1e-5, elementwiseAffine: Bool = true) {
        precondition(!normalizedShape.isEmpty && normalizedShape.allSatisfy { $0 > 0 }, "LayerNorm: bad shape \(normalizedShape)")
        self.normalizedShape = normalizedShape
        self.eps = eps
        weight = elementwiseAffine ? Parameter(NDArray(repeating: 1, shape: normalizedShape)) : nil
        bias = elementwiseAffine ? Parameter(NDArray(zeros: normalizedShape)) : nil
    }

    override public var treatsSamplesIndependently: Bool { true }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let k = normalizedShape.count
        precondition(
            x.rank >= k && Array(x.shape.suffix(k)) == normalizedShape,
            "LayerNorm: input \(x.shape) does not end in \(normalizedShape)")
        var y = Normalization.standardize(x, axes: Array((x.rank - k)..<x.rank), eps: eps).normalized
        if let weight { y = y * weight.tensor }
        if let bias { y = y + bias.tensor }
        return y
    }
}
