import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// SNGAN's ResNet generator for 32x32 images (the sngan32 benchmark case):
/// Linear to 4x4xC, three up-blocks, BN, ReLU, 3x3 conv to RGB, tanh.
/// Keys as PyTorch's: `l`, `blocks.0..2`, `bn`, `out`.
public final class SNGAN32Generator: Module, Layer {
    public let l: Linear
    public let blocks: Sequential
    public let bn: BatchNorm
    public let out: Conv2d
    public let width: Int

    public init(latent: Int = 128, width: Int = 128, channels: Int = 3, generator rng: inout RandomGenerator) {
        self.width = width
        l = Linear(latent, 4 * 4 * width, generator: &rng)
        blocks = Sequential(
            ResidualUpBlock(width, width, generator: &rng), ResidualUpBlock(width, width, generator: &rng),
            ResidualUpBlock(width, width, generator: &rng))
        bn = BatchNorm(width)
        out = Conv2d(width, channels, kernel: 3, padding: 1, generator: &rng)
    }

    public func callAsFunction(_ z: Tensor) -> Tensor {
        let h = blocks(l(z).reshape([-1, width, 4, 4]))  // [N, C, 32, 32]
        return out(bn(h).relu()).tanh()
    }
}
