import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// ProGAN's generator: the pixel-normalized noise mapped to 4x4 features,
/// a 3x3 convolution, then one `ProGANUpBlock` per stage up to the growth's
/// current one, and that stage's 1x1 `toRGB`. While a stage fades in, its
/// image is `alpha · new + (1 − alpha) · upsampled previous`. Images come out
/// at the data's resolution at every stage (nearest-neighbour upsampled), so
/// every stage's samples compare with the data.
final class ProGANGenerator: Module, Layer {
    let input: EqualizedLinear
    let inputConvolution: EqualizedConv2d
    let blocks: [ProGANUpBlock]
    let toRGB: [EqualizedConv2d]
    let norm = PixelNorm()
    let widths: [Int]
    let growth: ProGANGrowth

    init(latent: Int, channels: Int, widths: StageWidths, growth: ProGANGrowth, generator rng: inout RandomGenerator) {
        let stages = widths.stages
        precondition(stages.count == growth.stages, "ProGANGenerator: \(stages.count) widths for \(growth.stages) stages")
        input = EqualizedLinear(latent, stages[0] * 16, gain: ProGANLayers.gain / 4, generator: &rng)
        inputConvolution = ProGANLayers.conv(stages[0], stages[0], generator: &rng)
        blocks = zip(stages, stages.dropFirst()).map { ProGANUpBlock($0, $1, generator: &rng) }
        toRGB = stages.map { ProGANLayers.conv($0, channels, kernel: 1, gain: 1, generator: &rng) }
        (self.widths, self.growth) = (stages, growth)
    }

    /// Images `[N, channels, R, R]` from noise `[N, latent]`, at the growth's stage.
    func callAsFunction(_ z: Tensor) -> Tensor {
        let stage = growth.stage, alpha = growth.alpha
        var x = norm(ProGANLayers.activate(input(norm(z)).reshape([z.shape[0], widths[0], 4, 4])))
        x = norm(ProGANLayers.activate(inputConvolution(x)))
        var previous = x
        for block in blocks.prefix(stage) { (previous, x) = (x, block(x)) }
        var image = toRGB[stage](x)
        if stage > 0 && alpha < 1 {
            image = image * alpha + toRGB[stage - 1](previous).upsampleNearest(scale: 2) * (1 - alpha)
        }
        let factor = ProGANGrowth.side(of: widths.count - 1) / ProGANGrowth.side(of: stage)
        return factor > 1 ? image.upsampleNearest(scale: factor) : image
    }
}
