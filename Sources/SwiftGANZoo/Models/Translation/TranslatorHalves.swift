import SwiftGANKernels
import SwiftGANNN

/// The two halves of CycleGAN's ResNet generator as separate networks, for
/// translators that mix encoders and decoders (UNIT, XGAN, ComboGAN): an
/// encoder (a 7x7 convolution, two stride-2 3x3 ones, residual blocks) to
/// a code of `4 width` channels at a quarter of the side, and a decoder
/// (residual blocks, two stride-2 transposed convolutions, a 7x7
/// convolution to tanh) back to images; norm and ReLU after each
/// convolution but the last, reflection padding at stride 1.
enum TranslatorHalves {
    static let initializer = Initializer.normal(mean: 0, std: 0.02)

    /// An encoder of `channels`-channel images ending in `blocks` residual blocks.
    static func encoder(channels: Int, width: Int, blocks: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) -> Sequential {
        func conv(_ input: Int, _ output: Int, kernel: Int, stride: Int = 1) -> Conv2d {
            Conv2d(input, output, kernel: Int2(kernel, kernel), stride: Int2(stride, stride), padding: Int2(kernel / 2, kernel / 2),
                   bias: norm.convolutionBias, paddingMode: stride == 1 ? .reflect : .zero, initializer: initializer, generator: &rng)
        }
        return Sequential(
            normed(conv(channels, width, kernel: 7), width, norm) + normed(conv(width, 2 * width, kernel: 3, stride: 2), 2 * width, norm)
                + normed(conv(2 * width, 4 * width, kernel: 3, stride: 2), 4 * width, norm) + [ResidualStack(channels: 4 * width, count: blocks, norm: norm, generator: &rng)])
    }

    /// A decoder to `channels`-channel images starting with `blocks` residual blocks.
    static func decoder(channels: Int, width: Int, blocks: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) -> Sequential {
        func upsample(_ input: Int, _ output: Int) -> ConvTranspose2d {
            ConvTranspose2d(input, output, kernel: 3, stride: 2, padding: 1, outputPadding: 1, bias: norm.convolutionBias, initializer: initializer, generator: &rng)
        }
        return Sequential(
            [ResidualStack(channels: 4 * width, count: blocks, norm: norm, generator: &rng)] + normed(upsample(4 * width, 2 * width), 2 * width, norm)
                + normed(upsample(2 * width, width), width, norm)
                + [Conv2d(width, channels, kernel: 7, padding: 3, paddingMode: .reflect, initializer: initializer, generator: &rng), Activation(.tanh)])
    }

    /// `layer`, then the norm of `channels` (if any) and ReLU.
    static func normed(_ layer: any LayerModule, _ channels: Int, _ norm: TranslationNorm) -> [any LayerModule] {
        [layer] + [norm.layer(channels)].compactMap { $0 } + [Activation(.relu)]
    }
}
