import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Two domains' encoders and decoders that share their inner layers, as
/// UNIT (Liu et al. 2017) and XGAN (Royer et al. 2017) couple them: each
/// domain's encoder (a 7x7 convolution, two stride-2 3x3 ones, `blocks`
/// residual blocks) ends in a residual block both share, which gives the
/// shared code at a quarter of the side; each domain's decoder starts with
/// a shared residual block and mirrors its encoder up to tanh. The shared
/// layers are what tie the two domains' codes together.
public final class CoupledAutoencoders: Module {
    public let encoders: [Sequential]
    public let sharedEncoder: ResidualStack
    public let sharedDecoder: ResidualStack
    public let decoders: [Sequential]

    /// Encoders and generators of `channels.a` and `channels.b` images, widths `width`, `2 width`, `4 width`.
    public init(channels: (a: Int, b: Int), width: Int, blocks: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) {
        precondition(width > 0 && blocks >= 0, "CoupledAutoencoders: width \(width) must be positive and blocks \(blocks) not negative")
        let initializer = Initializer.normal(mean: 0, std: 0.02)
        func normed(_ conv: any LayerModule, _ channels: Int) -> [any LayerModule] {
            [conv] + [norm.layer(channels)].compactMap { $0 } + [Activation(.relu)]
        }
        func conv(_ input: Int, _ output: Int, kernel: Int, stride: Int = 1) -> Conv2d {
            Conv2d(input, output, kernel: Int2(kernel, kernel), stride: Int2(stride, stride), padding: Int2(kernel / 2, kernel / 2),
                   bias: norm.convolutionBias, paddingMode: stride == 1 ? .reflect : .zero, initializer: initializer, generator: &rng)
        }
        func upsample(_ input: Int, _ output: Int) -> ConvTranspose2d {
            ConvTranspose2d(input, output, kernel: 3, stride: 2, padding: 1, outputPadding: 1, bias: norm.convolutionBias, initializer: initializer, generator: &rng)
        }
        var encoders: [Sequential] = [], decoders: [Sequential] = []
        for channels in [channels.a, channels.b] {
            encoders.append(Sequential(
                normed(conv(channels, width, kernel: 7), width) + normed(conv(width, 2 * width, kernel: 3, stride: 2), 2 * width)
                    + normed(conv(2 * width, 4 * width, kernel: 3, stride: 2), 4 * width) + [ResidualStack(channels: 4 * width, count: blocks, norm: norm, generator: &rng)]))
        }
        sharedEncoder = ResidualStack(channels: 4 * width, count: 1, norm: norm, generator: &rng)
        sharedDecoder = ResidualStack(channels: 4 * width, count: 1, norm: norm, generator: &rng)
        for channels in [channels.a, channels.b] {
            decoders.append(Sequential(
                [ResidualStack(channels: 4 * width, count: blocks, norm: norm, generator: &rng)] + normed(upsample(4 * width, 2 * width), 2 * width)
                    + normed(upsample(2 * width, width), width)
                    + [Conv2d(width, channels, kernel: 7, padding: 3, paddingMode: .reflect, initializer: initializer, generator: &rng), Activation(.tanh)]))
        }
        (self.encoders, self.decoders) = (encoders, decoders)
    }

    /// The shared code (the mean of the latent's Gaussian) of images of `domain` (0: A, 1: B), `[N, 4 width, S/4, S/4]`.
    public func encode(_ x: Tensor, domain: Int) -> Tensor {
        precondition(x.rank == 4 && x.shape[2] % 4 == 0 && x.shape[3] % 4 == 0, "CoupledAutoencoders: expected [N, C, H, W] with H and W multiples of 4, got \(x.shape)")
        return sharedEncoder(encoders[domain](x))
    }

    /// The images of `domain` that codes `z` stand for.
    public func decode(_ z: Tensor, domain: Int) -> Tensor {
        decoders[domain](sharedDecoder(z))
    }

    /// Images of domain `from` as domain `to` draws them: the code's decoding, without noise.
    public func translate(_ x: Tensor, from: Int, to: Int) -> Tensor {
        decode(encode(x, domain: from), domain: to)
    }
}
