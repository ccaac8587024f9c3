import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// ProGAN's critic, the generator's mirror: images at the data's resolution
/// are average-pooled to the growth's stage, read by that stage's 1x1
/// `fromRGB`, then one `ProGANDownBlock` per stage down to 8x8. While a
/// stage fades in, the first block's output is `alpha · new + (1 − alpha) ·`
/// the previous stage's `fromRGB` of the pooled image. At 4x4: the minibatch
/// standard deviation, a 3x3 convolution, a linear layer and the score.
final class ProGANDiscriminator: Module, Layer {
    let fromRGB: [EqualizedConv2d]
    /// The blocks from stage 1 (8x8 to 4x4) up; block `s − 1` reads stage `s`.
    let blocks: [ProGANDownBlock]
    let deviation: MinibatchStdDev
    let finalConvolution: EqualizedConv2d
    let dense: EqualizedLinear
    let output: EqualizedLinear
    let widths: [Int]
    let growth: ProGANGrowth

    init(channels: Int, widths: StageWidths, groupSize: Int, growth: ProGANGrowth, generator rng: inout RandomGenerator) {
        let stages = widths.stages
        precondition(stages.count == growth.stages, "ProGANDiscriminator: \(stages.count) widths for \(growth.stages) stages")
        fromRGB = stages.map { ProGANLayers.conv(channels, $0, kernel: 1, generator: &rng) }
        blocks = zip(stages.dropFirst(), stages).map { ProGANDownBlock($0, $1, generator: &rng) }
        deviation = MinibatchStdDev(groupSize: groupSize)
        finalConvolution = ProGANLayers.conv(stages[0] + 1, stages[0], generator: &rng)
        dense = EqualizedLinear(stages[0] * 16, stages[0], gain: ProGANLayers.gain, generator: &rng)
        output = EqualizedLinear(stages[0], 1, generator: &rng)
        (self.widths, self.growth) = (stages, growth)
    }

    /// One score per image of `x [N, channels, R, R]`, `[N, 1]`, at the growth's stage.
    func callAsFunction(_ x: Tensor) -> Tensor {
        let stage = growth.stage, alpha = growth.alpha
        let factor = x.shape[2] / ProGANGrowth.side(of: stage)
        let image = factor > 1 ? x.avgPool2d(kernel: (factor, factor)) : x
        var h = ProGANLayers.activate(fromRGB[stage](image))
        if stage > 0 {
            h = blocks[stage - 1](h)
            if alpha < 1 {
                h = h * alpha + ProGANLayers.activate(fromRGB[stage - 1](image.avgPool2d(kernel: (2, 2)))) * (1 - alpha)
            }
            for block in blocks.prefix(stage - 1).reversed() { h = block(h) }
        }
        h = ProGANLayers.activate(finalConvolution(deviation(h)))
        return output(ProGANLayers.activate(dense(h.reshape([x.shape[0], widths[0] * 16]))))
    }
}
