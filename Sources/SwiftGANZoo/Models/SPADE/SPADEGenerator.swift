import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// SPADE's generator (GauGAN): the map downsampled (nearest) to 1/16 of
/// the image and a 3x3 convolution to `8 width` channels, then SPADE
/// residual blocks between nearest 2x upsamplings (two at `8 width`, then
/// to `4 width`, `2 width` and `width`), each modulated by the map, and a
/// LeakyReLU, 3x3 convolution and tanh to the image. The map is the only
/// input: the layout enters every block instead of being encoded once.
/// Input `[N, labelChannels, S, S]` with `S` a multiple of 16.
public final class SPADEGenerator: Module, Layer {
    public let start: Conv2d
    public let blocks: [SPADEResidualBlock]
    public let output: Conv2d

    public init(labelChannels: Int, outChannels: Int, width: Int, hidden: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) {
        precondition(width > 0 && hidden > 0, "SPADEGenerator: width \(width) and hidden \(hidden) must be positive")
        start = Conv2d(labelChannels, 8 * width, kernel: 3, padding: 1, generator: &rng)
        blocks = [(8, 8), (8, 8), (8, 4), (4, 2), (2, 1)].map { input, output in
            SPADEResidualBlock(from: input * width, to: output * width, labelChannels: labelChannels, hidden: hidden, norm: norm, generator: &rng)
        }
        output = Conv2d(width, outChannels, kernel: 3, padding: 1, generator: &rng)
    }

    public func callAsFunction(_ map: Tensor) -> Tensor {
        precondition(map.rank == 4 && map.shape[2] % 16 == 0 && map.shape[3] % 16 == 0, "SPADEGenerator: expected [N, C, H, W] with H and W multiples of 16, got \(map.shape)")
        var h = start(map.upsampleNearest(size: (map.shape[2] / 16, map.shape[3] / 16)))
        for (index, block) in blocks.enumerated() {
            if index > 0 { h = h.upsampleNearest(scale: 2) }
            h = block(h, map: map)
        }
        return output(h.leakyRelu(slope: 0.2)).tanh()
    }
}
