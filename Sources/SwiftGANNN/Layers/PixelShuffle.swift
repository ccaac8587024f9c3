import SwiftGANAutograd

/// `[N, C·r², H, W]` to `[N, C, H·r, W·r]`, as PyTorch's `nn.PixelShuffle`.
public final class PixelShuffle: Module, Layer {
    public let factor: Int
    public init(_ factor: Int) {
        precondition(factor > 0, "PixelShuffle: factor \(factor) must be positive")
        self.factor = factor
    }
    public func callAsFunction(_ x: Tensor) -> Tensor { x.pixelShuffle(factor) }
}
