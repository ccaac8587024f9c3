import SwiftGANAutograd

/// ProGAN's pixel-wise feature normalization: each position's feature vector
/// divided by its root mean square over channels, `x / sqrt(mean(x², axis 1) + eps)`.
public final class PixelNorm: Module, Layer {
    public let eps: Float

    public init(eps: Float = 1e-8) { self.eps = eps }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        precondition(x.rank >= 2, "PixelNorm: expected [N, C, ...], got \(x.shape)")
        return x * (x.square().mean(axes: [1], keepDims: true) + eps).rsqrt()
    }
}
