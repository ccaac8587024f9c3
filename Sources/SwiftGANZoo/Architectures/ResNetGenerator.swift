import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// SNGAN's ResNet generator (Miyato et al.): Linear to `bottom`x`bottom`xC,
/// `upBlocks` up-blocks that each double the size, BN, ReLU, 3x3 conv to the
/// image channels, tanh. The defaults are the 32x32 networks of the sngan32
/// benchmark case (4x4 and three blocks); `bottom` 7 with two blocks gives
/// 28x28 (the zoo's `resnet28`). Keys as PyTorch's: `l`, `blocks.0...`, `bn`, `out`.
public final class ResNetGenerator: Module, Layer {
    public let l: Linear
    public let blocks: Sequential
    public let bn: BatchNorm
    public let out: Conv2d
    public let width: Int
    public let bottom: Int

    /// - Parameters:
    ///   - latent: The width of the noise input.
    ///   - width: The channels of every block.
    ///   - channels: The image channels.
    ///   - bottom: The side of the first feature map (the output is `bottom · 2^upBlocks`).
    ///   - upBlocks: The residual blocks, each doubling the side.
    ///   - rng: The stream the initial weights are drawn from.
    public init(
        latent: Int = 128, width: Int = 128, channels: Int = 3, bottom: Int = 4, upBlocks: Int = 3, generator rng: inout RandomGenerator
    ) {
        precondition(width > 0 && bottom > 0 && upBlocks > 0, "ResNetGenerator: width, bottom and upBlocks must be positive")
        (self.width, self.bottom) = (width, bottom)
        l = Linear(latent, bottom * bottom * width, generator: &rng)
        blocks = Sequential((0..<upBlocks).map { _ in ResidualUpBlock(width, width, generator: &rng) })
        bn = BatchNorm(width)
        out = Conv2d(width, channels, kernel: 3, padding: 1, generator: &rng)
    }

    public func callAsFunction(_ z: Tensor) -> Tensor {
        let h = blocks(l(z).reshape([-1, width, bottom, bottom]))  // [N, C, bottom · 2^upBlocks, ...]
        return out(bn(h).relu()).tanh()
    }
}
