import SwiftGANAutograd
import SwiftGANKernels

/// A convolution with the equalized learning rate of ProGAN/StyleGAN: N(0, 1)
/// weights scaled at run time by `gain / √(in · kH · kW)` (He's constant, √2
/// before a ReLU-like activation, 1 by default); bias starts at zero.
public final class EqualizedConv2d: Module, Layer {
    public let weight: Parameter
    public let bias: Parameter?
    public let stride: Int2, padding: Int2
    /// The run-time weight scale.
    public let weightScale: Float

    public init(
        _ inChannels: Int, _ outChannels: Int, kernel: Int2, stride: Int2 = 1, padding: Int2 = 0, bias: Bool = true, gain: Float = 1,
        generator: inout RandomGenerator
    ) {
        precondition(inChannels > 0 && outChannels > 0 && gain > 0, "EqualizedConv2d: channels \(inChannels) -> \(outChannels) and gain \(gain) must be positive")
        weight = Parameter(generator.normal([outChannels, inChannels, kernel.h, kernel.w]))
        self.bias = bias ? Parameter(NDArray(zeros: [outChannels])) : nil
        (self.stride, self.padding) = (stride, padding)
        weightScale = gain / Float(inChannels * kernel.h * kernel.w).squareRoot()
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        Tensor.conv2d(x, weight: weight.tensor * weightScale, bias: bias?.tensor, stride: stride.tuple, padding: padding.tuple)
    }
}
