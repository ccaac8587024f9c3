import SwiftGANAutograd
import SwiftGANKernels

/// Batch normalization whose gain and bias come from the class label
/// (conditional BN, as in cGANs with projection discriminators and BigGAN):
/// `y = BN(x) * gain[label] + bias[label]`, gains starting at 1 and biases at 0.
public final class ConditionalBatchNorm2d: Module {
    public let bn: BatchNorm
    public let gain: Embedding
    public let bias: Embedding

    /// A layer for `numFeatures` channels and `numClasses` classes.
    public init(_ numFeatures: Int, numClasses: Int, eps: Float = 1e-5, momentum: Float? = 0.1, generator: inout RandomGenerator) {
        bn = BatchNorm(numFeatures, eps: eps, momentum: momentum, affine: false)
        gain = Embedding(numClasses, numFeatures, initializer: .constant(1), generator: &generator)
        bias = Embedding(numClasses, numFeatures, initializer: .constant(0), generator: &generator)
    }

    /// Normalizes `x [N, C, H, W]` with the gains and biases of `labels` (one per sample).
    public func callAsFunction(_ x: Tensor, labels: [Int]) -> Tensor {
        precondition(labels.count == x.shape[0], "ConditionalBatchNorm2d: \(labels.count) labels for a batch of \(x.shape[0])")
        let shape = [x.shape[0], x.shape[1], 1, 1]
        return bn(x) * gain(labels).reshape(shape) + bias(labels).reshape(shape)
    }
}
