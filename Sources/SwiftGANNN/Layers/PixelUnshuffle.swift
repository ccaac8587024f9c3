import SwiftGANAutograd

/// `[N, C, H·r, W·r]` to `[N, C·r², H, W]`, as PyTorch's `nn.PixelUnshuffle`.
public final class PixelUnshuffle: Module, Layer {
    public let factor: Int
    public init(_ factor: Int) {
        precondition(factor > 0, "PixelUnshuffle: factor \(factor) must be positive")
        self.factor = factor
    }
    public func callAsFunction(_ x: Tensor) -> Tensor { x.pixelUnshuffle(factor) }
}
