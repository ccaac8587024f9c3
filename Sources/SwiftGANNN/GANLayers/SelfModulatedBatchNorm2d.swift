import SwiftGANAutograd
import SwiftGANKernels

/// Self-modulated batch normalization (Chen et al. 2019): gain and bias are
/// functions of the latent `z`, each a one-hidden-layer ReLU MLP:
/// `y = BN(x) * (1 + γ(z)) + β(z)`.
public final class SelfModulatedBatchNorm2d: Module {
    public let bn: BatchNorm
    public let gain: Sequential
    public let bias: Sequential

    /// A layer for `numFeatures` channels modulated by latents of `latentDimension`.
    public init(_ numFeatures: Int, latentDimension: Int, hidden: Int = 32, eps: Float = 1e-5, generator: inout RandomGenerator) {
        bn = BatchNorm(numFeatures, eps: eps, affine: false)
        gain = Sequential(
            Linear(latentDimension, hidden, generator: &generator), Activation(.relu),
            Linear(hidden, numFeatures, generator: &generator))
        bias = Sequential(
            Linear(latentDimension, hidden, generator: &generator), Activation(.relu),
            Linear(hidden, numFeatures, generator: &generator))
    }

    /// Normalizes `x [N, C, H, W]` modulated by `z [N, latentDimension]`.
    public func callAsFunction(_ x: Tensor, latent z: Tensor) -> Tensor {
        precondition(z.rank == 2 && z.shape[0] == x.shape[0], "SelfModulatedBatchNorm2d: latent \(z.shape) for input \(x.shape)")
        let shape = [x.shape[0], x.shape[1], 1, 1]
        return bn(x) * (gain(z).reshape(shape) + 1) + bias(z).reshape(shape)
    }
}
