import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// SNGAN's spectrally normalized ResNet critic for 32x32 images (the sngan32
/// benchmark case): an optimized first down-block, two down-blocks, two plain
/// 3x3 convolutions, ReLU, sum over space, linear. Keys as PyTorch's:
/// `blocks.0..2`, `c3`, `c4`, `l` (each with `weight_orig`, `weight_u`, `weight_v`).
public final class SNGAN32Discriminator: Module, Layer {
    public let blocks: Sequential
    public let c3: SpectralNorm
    public let c4: SpectralNorm
    public let l: SpectralNorm

    public init(width: Int = 128, channels: Int = 3, outputs: Int = 1, generator rng: inout RandomGenerator) {
        blocks = Sequential(
            ResidualDownBlock(channels, width, first: true, generator: &rng),
            ResidualDownBlock(width, width, generator: &rng), ResidualDownBlock(width, width, generator: &rng))
        c3 = SpectralNorm(Conv2d(width, width, kernel: 3, padding: 1, generator: &rng), generator: &rng)
        c4 = SpectralNorm(Conv2d(width, width, kernel: 3, padding: 1, generator: &rng), generator: &rng)
        l = SpectralNorm(Linear(width, outputs, generator: &rng), generator: &rng)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let h = c4(c3(blocks(x).relu()).relu())
        return l(h.relu().sum(axes: [2, 3]))
    }
}
