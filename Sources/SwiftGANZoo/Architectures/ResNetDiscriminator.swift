import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// SNGAN's ResNet critic (Miyato et al.): an optimized first down-block,
/// `downBlocks - 1` more down-blocks, two plain 3x3 convolutions, ReLU, sum
/// over space, linear; every convolution and the linear layer spectrally
/// normalized unless `spectralNorm` is false. The defaults are the 32x32
/// critic of the sngan32 benchmark case; two down-blocks suit 28x28 (the zoo's
/// `resnet28`). Keys as PyTorch's: `blocks.0...`, `c3`, `c4`, `l` (with
/// `weight_orig`, `weight_u`, `weight_v` when normalized).
public final class ResNetDiscriminator: Module, Layer {
    public let blocks: Sequential
    public let c3: any LayerModule
    public let c4: any LayerModule
    public let l: any LayerModule

    /// - Parameters:
    ///   - width: The channels of every block.
    ///   - channels: The input channels.
    ///   - outputs: The logits per sample.
    ///   - downBlocks: The residual blocks, each halving the side.
    ///   - spectralNorm: Whether every convolution and the linear layer are spectrally normalized.
    ///   - rng: The stream the initial weights (and spectral norm's vectors) are drawn from.
    public init(
        width: Int = 128, channels: Int = 3, outputs: Int = 1, downBlocks: Int = 3, spectralNorm: Bool = true,
        generator rng: inout RandomGenerator
    ) {
        precondition(width > 0 && downBlocks > 0, "ResNetDiscriminator: width and downBlocks must be positive")
        func normalized(_ layer: any WeightedLayer) -> any LayerModule {
            SpectralNorm.wrapping(layer, when: spectralNorm, generator: &rng)
        }
        var layers: [any LayerModule] = [ResidualDownBlock(channels, width, first: true, spectralNorm: spectralNorm, generator: &rng)]
        for _ in 1..<downBlocks { layers.append(ResidualDownBlock(width, width, spectralNorm: spectralNorm, generator: &rng)) }
        blocks = Sequential(layers)
        c3 = normalized(Conv2d(width, width, kernel: 3, padding: 1, generator: &rng))
        c4 = normalized(Conv2d(width, width, kernel: 3, padding: 1, generator: &rng))
        l = normalized(Linear(width, outputs, generator: &rng))
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let h = c4(c3(blocks(x).relu()).relu())
        return l(h.relu().sum(axes: [2, 3]))
    }
}
