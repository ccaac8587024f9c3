import SwiftGANAutograd

/// Flattens axes `startAxis...` into one, as PyTorch's `nn.Flatten` (default: all but the batch axis).
public final class Flatten: Module, Layer {
    public let startAxis: Int
    public init(startAxis: Int = 1) { self.startAxis = startAxis }
    override public var treatsSamplesIndependently: Bool { startAxis >= 1 }

    public func callAsFunction(_ x: Tensor) -> Tensor { x.flatten(startAxis: startAxis) }
}
