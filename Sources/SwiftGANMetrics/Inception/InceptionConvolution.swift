import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Inception-v3's unit: a convolution without bias, BatchNorm (eps 0.001)
/// and ReLU. Named `conv` and `bn` as in the TensorFlow port's state dict.
/// In eval mode, after `fuseBatchNorm()`, the normalization is folded into
/// the convolution's weight and bias, which saves a pass over the activations.
public final class InceptionConvolution: Module, Layer {
    public let conv: Conv2d
    public let bn: BatchNorm2d
    private var fused: (weight: Tensor, bias: Tensor)?

    public init(_ inChannels: Int, _ outChannels: Int, kernel: Int2, stride: Int2 = 1, padding: Int2 = 0, generator rng: inout RandomGenerator) {
        conv = Conv2d(inChannels, outChannels, kernel: kernel, stride: stride, padding: padding, bias: false, generator: &rng)
        bn = BatchNorm2d(outChannels, eps: 0.001)
    }

    /// Folds the normalization's running statistics and affine parameters into
    /// the convolution, for eval mode. Call it again after the weights change.
    public func fuseBatchNorm() {
        guard let gamma = bn.weight?.value, let beta = bn.bias?.value, let mean = bn.runningMean?.value, let variance = bn.runningVar?.value else {
            preconditionFailure("InceptionConvolution: BatchNorm has no affine parameters or running statistics")
        }
        let scale = gamma / (variance + NDArray(scalar: bn.eps)).map(.sqrt)
        let weight = conv.weight.value * scale.reshaped([scale.shape[0], 1, 1, 1])
        fused = (Tensor(weight), Tensor(beta - mean * scale))
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        if !isTraining, let fused {
            return Tensor.conv2d(x, weight: fused.weight, bias: fused.bias, stride: conv.stride.tuple, padding: conv.padding.tuple).relu()
        }
        return bn(conv(x)).relu()
    }
}
