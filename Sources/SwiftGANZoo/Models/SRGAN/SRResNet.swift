import SwiftGANKernels
import SwiftGANNN

/// SRGAN's generator, SRResNet (Ledig et al.): a 9x9 convolution with PReLU,
/// `blocks` residual blocks (conv, BatchNorm, PReLU, conv, BatchNorm), a
/// convolution with BatchNorm under a long skip, a sub-pixel stage per
/// doubling (3x3 to 4x features, shuffle by 2, PReLU) and a 9x9 convolution.
enum SRResNet {
    static func make(channels: Int, factor: Int, width: Int, blocks: Int, _ rng: inout RandomGenerator) -> Sequential {
        precondition(factor & (factor - 1) == 0 && factor > 1, "SRResNet: factor \(factor) is not a power of two")
        func conv(_ i: Int, _ o: Int, _ k: Int) -> Conv2d { RestorationNetworks.conv(i, o, k, &rng) }
        let residual = (0..<blocks).map { _ in
            Sequential(conv(width, width, 3), BatchNorm(width), ParametricReLU(channels: width), conv(width, width, 3), BatchNorm(width))
        }
        let body = ResidualStack(blocks: [Sequential(ResidualStack(blocks: residual), conv(width, width, 3), BatchNorm(width))])
        let upsampling = (0..<factor.trailingZeroBitCount).flatMap { _ -> [any LayerModule] in
            [conv(width, 4 * width, 3), PixelShuffle(2), ParametricReLU(channels: width)]
        }
        return Sequential([conv(channels, width, 9), ParametricReLU(channels: width), body] + upsampling + [conv(width, channels, 9)])
    }
}
