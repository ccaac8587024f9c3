import SwiftGANAutograd

/// Max pooling, as PyTorch's `nn.MaxPool2d`.
public final class MaxPool2d: Module, Layer {
    public let kernel: Int2, stride: Int2, padding: Int2

    /// Pooling over `kernel` windows; the stride defaults to the kernel.
    public init(kernel: Int2, stride: Int2? = nil, padding: Int2 = 0) {
        (self.kernel, self.stride, self.padding) = (kernel, stride ?? kernel, padding)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        x.maxPool2d(kernel: kernel.tuple, stride: stride.tuple, padding: padding.tuple)
    }
}
