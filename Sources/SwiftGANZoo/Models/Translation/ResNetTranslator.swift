import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The ResNet generator of CycleGAN (Zhu et al. 2017, after Johnson et al.):
/// a 7x7 convolution, two 3x3 stride-2 downsamplings, `blocks` residual
/// blocks (reflection padding, 3x3 convolution, norm, ReLU, twice), two 3x3
/// stride-2 transposed convolutions and a 7x7 convolution to tanh; widths
/// `width`, `2 width`, `4 width`; reflection padding at the ends. Input
/// `[N, inChannels, S, S]` with `S` a multiple of 4.
public final class ResNetTranslator: Module, Layer {
    public let encoder: Sequential
    public let blocks: [Sequential]
    public let decoder: Sequential

    public init(inChannels: Int, outChannels: Int, width: Int, blocks count: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) {
        precondition(width > 0 && count >= 0, "ResNetTranslator: width \(width) must be positive and blocks \(count) not negative")
        let initializer = Initializer.normal(mean: 0, std: 0.02)
        let bias = norm.convolutionBias
        func normed(_ conv: any LayerModule, _ channels: Int, relu: Bool = true) -> [any LayerModule] {
            [conv] + [norm.layer(channels)].compactMap { $0 } + (relu ? [Activation(.relu)] : [])
        }
        func conv(_ input: Int, _ output: Int, kernel: Int, stride: Int = 1, padding: Int, mode: PaddingMode = .reflect) -> Conv2d {
            Conv2d(input, output, kernel: Int2(kernel, kernel), stride: Int2(stride, stride), padding: Int2(padding, padding),
                   bias: bias, paddingMode: mode, initializer: initializer, generator: &rng)
        }
        encoder = Sequential(
            normed(conv(inChannels, width, kernel: 7, padding: 3), width)
                + normed(conv(width, 2 * width, kernel: 3, stride: 2, padding: 1, mode: .zero), 2 * width)
                + normed(conv(2 * width, 4 * width, kernel: 3, stride: 2, padding: 1, mode: .zero), 4 * width))
        blocks = (0..<count).map { _ in Self.residualBlock(4 * width, norm: norm, generator: &rng) }
        func upsample(_ input: Int, _ output: Int) -> ConvTranspose2d {
            ConvTranspose2d(input, output, kernel: 3, stride: 2, padding: 1, outputPadding: 1, bias: bias, initializer: initializer, generator: &rng)
        }
        decoder = Sequential(
            normed(upsample(4 * width, 2 * width), 2 * width) + normed(upsample(2 * width, width), width)
                + [Conv2d(width, outChannels, kernel: 7, padding: 3, paddingMode: .reflect, initializer: initializer, generator: &rng), Activation(.tanh)])
    }

    /// A residual block's branch: reflection padding, 3x3 convolution, norm, ReLU, then again without the ReLU.
    static func residualBlock(_ channels: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) -> Sequential {
        let layers: [(any LayerModule)?] = [
            Conv2d(channels, channels, kernel: 3, padding: 1, bias: norm.convolutionBias, paddingMode: .reflect, initializer: .normal(mean: 0, std: 0.02), generator: &rng),
            norm.layer(channels), Activation(.relu),
            Conv2d(channels, channels, kernel: 3, padding: 1, bias: norm.convolutionBias, paddingMode: .reflect, initializer: .normal(mean: 0, std: 0.02), generator: &rng),
            norm.layer(channels),
        ]
        return Sequential(layers.compactMap { $0 })
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        var h = features(x)
        for layer in decoder.layers.suffix(2) { h = layer(h) }
        return h
    }

    /// The decoder's last activations `[N, width, H, W]`, before the 7x7 convolution to the output (what pix2pixHD's local enhancer adds to).
    public func features(_ x: Tensor) -> Tensor {
        precondition(x.rank == 4 && x.shape[2] % 4 == 0 && x.shape[3] % 4 == 0, "ResNetTranslator: expected [N, C, H, W] with H and W multiples of 4, got \(x.shape)")
        var h = encoder(x)
        for block in blocks { h = h + block(h) }
        for layer in decoder.layers.dropLast(2) { h = layer(h) }
        return h
    }
}
