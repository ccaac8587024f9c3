import Foundation
import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// Upsampling by an integer factor with PIL's bicubic (Keys' cubic,
/// a = -0.5, half-pixel centres, weights renormalized at the borders), or
/// another of PIL's filters, as two matrix products, so gradients flow
/// through it. No parameters: the interpolation baseline, and the input
/// stage of SRCNN and VDSR.
public final class BicubicUpsampling: Module, Layer {
    public let factor: Int
    public let filter: ResizeFilter
    private let lock = NSLock()
    private var matrices: [Int: NDArray] = [:]

    public init(factor: Int, filter: ResizeFilter = .bicubic) {
        precondition(factor >= 1, "BicubicUpsampling: factor \(factor) must be at least 1")
        (self.factor, self.filter) = (factor, filter)
    }

    override public var treatsSamplesIndependently: Bool { true }

    /// `[N, C, H, W]` to `[N, C, H * factor, W * factor]`.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        precondition(x.shape.count == 4, "BicubicUpsampling: expected [N, C, H, W], got \(x.shape)")
        guard factor > 1 else { return x }
        return SeparableResampling.apply(x, rows: matrix(x.shape[2]), columns: matrix(x.shape[3]))
    }

    /// The `[size, size * factor]` resampling matrix, made once per size.
    private func matrix(_ size: Int) -> NDArray {
        lock.lock()
        defer { lock.unlock() }
        if let cached = matrices[size] { return cached }
        let made = filter.matrix(from: size, to: size * factor)
        matrices[size] = made
        return made
    }
}
