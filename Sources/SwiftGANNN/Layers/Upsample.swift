import SwiftGANAutograd

/// Resampling of `[N, C, H, W]` by an integer factor or to a size, as PyTorch's `nn.Upsample`.
public final class Upsample: Module, Layer {
    /// How values between input pixels are made.
    public enum Mode: String, Sendable { case nearest, bilinear }

    public let scale: Int?
    public let size: Int2?
    public let mode: Mode
    public let alignCorners: Bool

    /// Upsampling by an integer `scale`.
    public init(scale: Int, mode: Mode = .nearest, alignCorners: Bool = false) {
        precondition(scale > 0, "Upsample: scale \(scale) must be positive")
        (self.scale, size, self.mode, self.alignCorners) = (scale, nil, mode, alignCorners)
    }

    /// Resampling to a fixed `size`.
    public init(size: Int2, mode: Mode = .nearest, alignCorners: Bool = false) {
        precondition(size.h > 0 && size.w > 0, "Upsample: size \(size) must be positive")
        (scale, self.size, self.mode, self.alignCorners) = (nil, size, mode, alignCorners)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        precondition(x.rank == 4, "Upsample: expected [N, C, H, W], got \(x.shape)")
        let target = size?.tuple ?? (x.shape[2] * scale!, x.shape[3] * scale!)
        switch mode {
        case .nearest: return x.upsampleNearest(size: target)
        case .bilinear: return x.upsampleBilinear(size: target, alignCorners: alignCorners)
        }
    }
}
