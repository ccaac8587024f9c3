import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// pix2pixHD's coarse-to-fine generator (Wang et al. 2018): a global
/// ResNet generator of width `2 width` on the input halved by 2x2 average
/// pooling, whose last activations are added to a local enhancer's: a 7x7
/// convolution and a stride-2 3x3 one at full resolution (widths `width`,
/// `2 width`), then `localBlocks` residual blocks on the sum, a stride-2
/// transposed convolution back to full resolution and a 7x7 convolution
/// to tanh. Input `[N, inChannels, S, S]` with `S` a multiple of 8.
public final class CoarseToFineGenerator: Module, Layer {
    public let global: ResNetTranslator
    public let front: Sequential
    public let blocks: [Sequential]
    public let back: Sequential

    public init(inChannels: Int, outChannels: Int, width: Int, globalBlocks: Int, localBlocks: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) {
        precondition(width > 0 && globalBlocks >= 0 && localBlocks >= 0, "CoarseToFineGenerator: width \(width), blocks \(globalBlocks) and \(localBlocks)")
        global = ResNetTranslator(inChannels: inChannels, outChannels: outChannels, width: 2 * width, blocks: globalBlocks, norm: norm, generator: &rng)
        let initializer = Initializer.normal(mean: 0, std: 0.02)
        func normed(_ conv: any LayerModule, _ channels: Int) -> [any LayerModule] {
            [conv] + [norm.layer(channels)].compactMap { $0 } + [Activation(.relu)]
        }
        front = Sequential(
            normed(Conv2d(inChannels, width, kernel: 7, padding: 3, bias: norm.convolutionBias, paddingMode: .reflect, initializer: initializer, generator: &rng), width)
                + normed(Conv2d(width, 2 * width, kernel: 3, stride: 2, padding: 1, bias: norm.convolutionBias, initializer: initializer, generator: &rng), 2 * width))
        blocks = (0..<localBlocks).map { _ in ResNetTranslator.residualBlock(2 * width, norm: norm, generator: &rng) }
        back = Sequential(
            normed(ConvTranspose2d(2 * width, width, kernel: 3, stride: 2, padding: 1, outputPadding: 1, bias: norm.convolutionBias, initializer: initializer, generator: &rng), width)
                + [Conv2d(width, outChannels, kernel: 7, padding: 3, paddingMode: .reflect, initializer: initializer, generator: &rng), Activation(.tanh)])
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        precondition(x.rank == 4 && x.shape[2] % 8 == 0 && x.shape[3] % 8 == 0, "CoarseToFineGenerator: expected [N, C, H, W] with H and W multiples of 8, got \(x.shape)")
        var h = front(x) + global.features(x.avgPool2d(kernel: (2, 2)))
        for block in blocks { h = h + block(h) }
        return back(h)
    }
}
