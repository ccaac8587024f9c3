import SwiftGANAutograd
import SwiftGANKernels

/// 2-D convolution, as PyTorch's `nn.Conv2d`: `weight [out, in / groups, kH, kW]`,
/// `bias [out]`; padding with zeros, or by reflection or replication.
public final class Conv2d: Module, Layer {
    public let weight: Parameter
    public let bias: Parameter?
    public let stride: Int2, padding: Int2, dilation: Int2, groups: Int
    public let paddingMode: PaddingMode

    /// A convolution initialized as PyTorch does unless `initializer` says otherwise
    /// (then the bias starts at zero).
    public init(
        _ inChannels: Int, _ outChannels: Int, kernel: Int2, stride: Int2 = 1, padding: Int2 = 0,
        dilation: Int2 = 1, groups: Int = 1, bias: Bool = true, paddingMode: PaddingMode = .zero,
        initializer: Initializer = .pytorchDefault, generator: inout RandomGenerator
    ) {
        precondition(
            inChannels > 0 && outChannels > 0 && groups > 0 && inChannels % groups == 0 && outChannels % groups == 0,
            "Conv2d: channels \(inChannels) -> \(outChannels) must be positive and divisible by groups \(groups)")
        let shape = [outChannels, inChannels / groups, kernel.h, kernel.w]
        weight = Parameter(initializer.make(shape, generator: &generator))
        self.bias = bias ? Parameter(Self.makeBias(outChannels, fanIn: Initializer.fans(shape).fanIn, initializer, &generator)) : nil
        (self.stride, self.padding, self.dilation, self.groups, self.paddingMode) = (stride, padding, dilation, groups, paddingMode)
    }

    /// PyTorch's bias initialization (uniform in ±1/√fanIn), or zeros with another initializer.
    static func makeBias(_ count: Int, fanIn: Int, _ initializer: Initializer, _ generator: inout RandomGenerator) -> NDArray {
        guard initializer == .pytorchDefault else { return NDArray(zeros: [count]) }
        let bound = 1 / Float(fanIn).squareRoot()
        return generator.uniform([count], low: -bound, high: bound)
    }

    override public var treatsSamplesIndependently: Bool { true }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        callAsFunction(x, weight: weight.tensor)
    }

    /// The convolution with another weight (spectral normalization uses this).
    public func callAsFunction(_ x: Tensor, weight w: Tensor) -> Tensor {
        var input = x
        var zeroPadding = padding
        if paddingMode != .zero && (padding.h > 0 || padding.w > 0) {
            input = x.pad([(padding.h, padding.h), (padding.w, padding.w)], mode: paddingMode)
            zeroPadding = 0
        }
        return Tensor.conv2d(
            input, weight: w, bias: bias?.tensor, stride: stride.tuple, padding: zeroPadding.tuple,
            dilation: dilation.tuple, groups: groups)
    }
}
