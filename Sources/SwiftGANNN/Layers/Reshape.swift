import SwiftGANAutograd

/// Views each sample as `shape` (the batch axis is kept): `Reshape([128, 7, 7])`.
public final class Reshape: Module, Layer {
    public let shape: [Int]
    public init(_ shape: [Int]) { self.shape = shape }
    override public var treatsSamplesIndependently: Bool { true }

    public func callAsFunction(_ x: Tensor) -> Tensor { x.reshape([x.shape[0]] + shape) }
}
