import SwiftGANKernels
import SwiftGANNN

/// ESRGAN's generator (Wang et al.): a 3x3 head, `blocks` residual-in-residual
/// dense blocks (three `ResidualDenseBlock`s, scaled by 0.2 and added to
/// the block's input; no BatchNorm) and a 3x3 convolution under a long skip,
/// then per doubling a nearest-neighbour upsampling and a 3x3 convolution
/// with leaky ReLU 0.2, a 3x3 convolution with leaky ReLU and a 3x3 tail.
enum RRDBNet {
    static func make(channels: Int, factor: Int, width: Int, growth: Int, blocks: Int, _ rng: inout RandomGenerator) -> Sequential {
        precondition(factor & (factor - 1) == 0 && factor > 1, "RRDBNet: factor \(factor) is not a power of two")
        func conv(_ i: Int, _ o: Int) -> Conv2d { RestorationNetworks.conv(i, o, 3, &rng) }
        let rrdb = (0..<blocks).map { _ in
            Sequential((0..<3).map { _ in ResidualDenseBlock(width: width, growth: growth, generator: &rng) } + [ResidualScaling(0.2)])
        }
        let body = ResidualStack(blocks: [Sequential(ResidualStack(blocks: rrdb), conv(width, width))])
        let upsampling = (0..<factor.trailingZeroBitCount).flatMap { _ -> [any LayerModule] in
            [Upsample(scale: 2), conv(width, width), Activation(.leakyRelu(0.2))]
        }
        return Sequential([conv(channels, width), body] + upsampling + [conv(width, width), Activation(.leakyRelu(0.2)), conv(width, channels)])
    }
}
