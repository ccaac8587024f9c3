import SwiftGANAutograd
import SwiftGANKernels

/// Transposed 2-D convolution, as PyTorch's `nn.ConvTranspose2d`:
/// `weight [in, out / groups, kH, kW]`, `bias [out]`.
public final class ConvTranspose2d: Module, Layer {
    public let weight: Parameter
    public let bias: Parameter?
    public let stride: Int2, padding: Int2, outputPadding: Int2, dilation: Int2, groups: Int

    /// A transposed convolution initialized as PyTorch does unless `initializer` says otherwise.
    public init(
        _ inChannels: Int, _ outChannels: Int, kernel: Int2, stride: Int2 = 1, padding: Int2 = 0,
        outputPadding: Int2 = 0, dilation: Int2 = 1, groups: Int = 1, bias: Bool = true,
        initializer: Initializer = .pytorchDefault, generator: inout RandomGenerator
    ) {
        precondition(
            inChannels > 0 && outChannels > 0 && groups > 0 && inChannels % groups == 0 && outChannels % groups == 0,
            "ConvTranspose2d: channels \(inChannels) -> \(outChannels) must be positive and divisible by groups \(groups)")
        let shape = [inChannels, outChannels / groups, kernel.h, kernel.w]
        weight = Parameter(initializer.make(shape, generator: &generator))
        // PyTorch computes the bias bound from weight.shape[1] * receptive field.
        self.bias = bias ? Parameter(Conv2d.makeBias(outChannels, fanIn: Initializer.fans(shape).fanIn, initializer, &generator)) : nil
        (self.stride, self.padding, self.outputPadding, self.dilation, self.groups) = (stride, padding, outputPadding, dilation, groups)
    }

    override public var treatsSamplesIndependently: Bool { true }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        callAsFunction(x, weight: weight.tensor)
    }

    /// The transposed convolution with another weight (spectral normalization uses this).
    public func callAsFunction(_ x: Tensor, weight w: Tensor) -> Tensor {
        Tensor.convTranspose2d(
            x, weight: w, bias: bias?.tensor, stride: stride.tuple, padding: padding.tuple,
            outputPadding: outputPadding.tuple, dilation: dilation.tuple, groups: groups)
    }
}
