import SwiftGANAutograd
import SwiftGANNN

/// Multiplies its input by a constant: EDSR's residual scaling, which keeps
/// wide residual networks stable without BatchNorm.
public final class ResidualScaling: Module, Layer {
    public let scale: Float

    public init(_ scale: Float) {
        self.scale = scale
    }

    override public var treatsSamplesIndependently: Bool { true }

    public func callAsFunction(_ x: Tensor) -> Tensor { scale == 1 ? x : x * scale }
}
