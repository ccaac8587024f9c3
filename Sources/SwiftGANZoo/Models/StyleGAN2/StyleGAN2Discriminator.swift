import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// StyleGAN2's residual discriminator: a 1x1 convolution from the image, a
/// residual block per halving down to 4x4, then the minibatch standard
/// deviation (one channel), a 3x3 convolution, a dense layer and
/// the score. Every layer has the equalized learning rate.
final class StyleGAN2Discriminator: Module, Layer {
    let input: EqualizedConv2d
    let blocks: [StyleGAN2DiscriminatorBlock]
    let deviation: MinibatchStdDev
    let convolution: EqualizedConv2d
    let dense: EqualizedLinear
    let output: EqualizedLinear

    init(channels: Int, widths: StageWidths, groupSize: Int, generator rng: inout RandomGenerator) {
        let stages = Array(widths.stages.reversed())
        input = EqualizedConv2d(channels, stages[0], kernel: 1, generator: &rng)
        blocks = zip(stages, stages.dropFirst()).map { StyleGAN2DiscriminatorBlock($0, $1, generator: &rng) }
        let last = stages.last!
        deviation = MinibatchStdDev(groupSize: groupSize, numChannels: 1)
        convolution = EqualizedConv2d(last + 1, last, kernel: 3, padding: 1, generator: &rng)
        dense = EqualizedLinear(last * 16, last, generator: &rng)
        output = EqualizedLinear(last, 1, generator: &rng)
    }

    /// One score per image, `[N, 1]`; the batch must divide into the deviation's groups (or be smaller).
    func callAsFunction(_ x: Tensor) -> Tensor {
        let h = blocks.reduce(StyleActivation.apply(input(x))) { h, block in block(h) }
        let top = StyleActivation.apply(convolution(deviation(h)))
        return output(StyleActivation.apply(dense(top.flatten())))
    }
}
