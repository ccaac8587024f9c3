import SwiftGANKernels
import SwiftGANNN

/// The restoration networks, each from `channels` to `channels` at `factor`
/// times the input's side (1 for denoising), with "same" padding.
enum RestorationNetworks {
    /// A convolution of `kernel` keeping the side.
    static func conv(_ inChannels: Int, _ outChannels: Int, _ kernel: Int, _ rng: inout RandomGenerator) -> Conv2d {
        Conv2d(inChannels, outChannels, kernel: Int2(kernel, kernel), padding: Int2(kernel / 2, kernel / 2), generator: &rng)
    }

    /// SRCNN (Dong et al.): bicubic upsampling, then patch extraction
    /// (9x9, `width`), non-linear mapping (`mappingKernel`, `width / 2`) and
    /// reconstruction (5x5), ReLU between.
    static func srcnn(channels: Int, factor: Int, width: Int, mappingKernel: Int, _ rng: inout RandomGenerator) -> Sequential {
        Sequential(
            BicubicUpsampling(factor: factor), conv(channels, width, 9, &rng), Activation(.relu),
            conv(width, width / 2, mappingKernel, &rng), Activation(.relu), conv(width / 2, channels, 5, &rng))
    }

    /// ESPCN (Shi et al.): 5x5 (`width`) and 3x3 (`width / 2`) convolutions
    /// with tanh at the input's size, a 3x3 convolution to `channels * factor²`
    /// and the sub-pixel shuffle.
    static func espcn(channels: Int, factor: Int, width: Int, _ rng: inout RandomGenerator) -> Sequential {
        Sequential(
            conv(channels, width, 5, &rng), Activation(.tanh), conv(width, width / 2, 3, &rng), Activation(.tanh),
            conv(width / 2, channels * factor * factor, 3, &rng), PixelShuffle(factor))
    }

    /// VDSR (Kim et al.): bicubic upsampling plus a residual of `depth` 3x3
    /// convolutions (`width`, ReLU between) learned on top of it.
    static func vdsr(channels: Int, factor: Int, width: Int, depth: Int, _ rng: inout RandomGenerator) -> Sequential {
        var layers: [any LayerModule] = [conv(channels, width, 3, &rng), Activation(.relu)]
        for _ in 0..<depth - 2 { layers += [conv(width, width, 3, &rng), Activation(.relu)] }
        layers.append(conv(width, channels, 3, &rng))
        return Sequential(BicubicUpsampling(factor: factor), ResidualStack(blocks: [Sequential(layers)]))
    }

    /// EDSR (Lim et al.): a 3x3 head, `blocks` residual blocks (conv, ReLU,
    /// conv, times `residualScale`; no BatchNorm) and a 3x3 convolution
    /// under one long skip, then the upsampler (3x3 to 4x channels and a
    /// shuffle by 2 per doubling, or to 9x and a shuffle by 3) and a 3x3 tail.
    static func edsr(channels: Int, factor: Int, width: Int, blocks: Int, residualScale: Float, _ rng: inout RandomGenerator) -> Sequential {
        let residual = (0..<blocks).map { _ in
            Sequential(conv(width, width, 3, &rng), Activation(.relu), conv(width, width, 3, &rng), ResidualScaling(residualScale))
        }
        let body = ResidualStack(blocks: [Sequential(ResidualStack(blocks: residual), conv(width, width, 3, &rng))])
        return Sequential([conv(channels, width, 3, &rng), body] + upsampler(width: width, factor: factor, &rng) + [conv(width, channels, 3, &rng)])
    }

    /// EDSR's sub-pixel upsampler for a factor of 1, 2, 3, 4 or 8.
    static func upsampler(width: Int, factor: Int, _ rng: inout RandomGenerator) -> [any LayerModule] {
        if factor == 3 { return [conv(width, width * 9, 3, &rng), PixelShuffle(3)] }
        precondition(factor & (factor - 1) == 0, "RestorationNetworks.upsampler: factor \(factor) is not 3 or a power of two")
        return (0..<factor.trailingZeroBitCount).flatMap { _ -> [any LayerModule] in [conv(width, width * 4, 3, &rng), PixelShuffle(2)] }
    }
}
