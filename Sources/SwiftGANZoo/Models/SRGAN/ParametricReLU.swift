import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// PReLU (He et al.), as PyTorch's `nn.PReLU(channels)`: `max(0, x) + a * min(0, x)`
/// with a learned slope `a` per channel, starting at 0.25.
public final class ParametricReLU: Module, Layer {
    public let slope: Parameter

    public init(channels: Int) {
        slope = Parameter(NDArray([Float](repeating: 0.25, count: channels), shape: [channels]))
    }

    override public var treatsSamplesIndependently: Bool { true }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let a = slope.tensor.reshape([1, slope.value.count, 1, 1])
        return x.relu() - a * (-x).relu()
    }
}
