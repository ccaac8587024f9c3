import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// StyleGAN2's synthesis network with skip connections to the output: a
/// learned 4x4 constant, one styled layer at 4x4, then per doubled
/// resolution an upsampling layer and a layer; each resolution adds its
/// image (`StyleGAN2ToRGB`) to the upsampled image of the one below.
/// It takes `styleCount = 2 · stages` styles: layer `k` reads style `k`, the
/// output layer of a resolution the style of the next resolution's first layer.
final class StyleGAN2Synthesis: Module {
    let constant: Parameter
    let layers: [StyleGAN2Layer]
    let outputs: [StyleGAN2ToRGB]
    /// Fixed noise planes, one per layer: inference's noise, so a seed gives one image.
    let fixedNoise: [Buffer]
    let widths: [Int]

    init(channels: Int, widths stageWidths: StageWidths, style: Int, generator rng: inout RandomGenerator) {
        let widths = stageWidths.stages
        constant = Parameter(rng.normal([widths[0], 4, 4]))
        var layers = [StyleGAN2Layer(widths[0], widths[0], style: style, upsample: false, generator: &rng)]
        var outputs = [StyleGAN2ToRGB(widths[0], channels: channels, style: style, generator: &rng)]
        for stage in 1..<widths.count {
            layers.append(StyleGAN2Layer(widths[stage - 1], widths[stage], style: style, upsample: true, generator: &rng))
            layers.append(StyleGAN2Layer(widths[stage], widths[stage], style: style, upsample: false, generator: &rng))
            outputs.append(StyleGAN2ToRGB(widths[stage], channels: channels, style: style, generator: &rng))
        }
        (self.layers, self.outputs, self.widths) = (layers, outputs, widths)
        fixedNoise = StyleNoise.fixed(sides: Self.noiseSides(stages: widths.count), random: &rng)
    }

    /// The number of styles a forward pass reads.
    var styleCount: Int { 2 * widths.count }

    /// The side of each layer's output, layer by layer.
    static func noiseSides(stages: Int) -> [Int] {
        [4] + (1..<stages).flatMap { stage in [4 << stage, 4 << stage] }
    }

    /// Noise planes for `count` images, one per layer, drawn from `random`.
    func randomNoise(count: Int, random: inout RandomGenerator) -> [Tensor] {
        StyleNoise.fresh(sides: Self.noiseSides(stages: widths.count), count: count, random: &random)
    }

    /// Images from styles `ws [N, styleCount, style]` and per-layer noise (nil: the fixed planes).
    func callAsFunction(_ ws: Tensor, noise: [Tensor]?) -> Tensor {
        let n = ws.shape[0]
        precondition(ws.rank == 3 && ws.shape[1] == styleCount, "StyleGAN2Synthesis: expected styles [N, \(styleCount), W], got \(ws.shape)")
        let planes = noise ?? StyleNoise.repeated(fixedNoise, count: n)
        let style = { (k: Int) in ws.slice(axis: 1, start: k, end: k + 1).reshape([n, ws.shape[2]]) }
        var x = layers[0](constant.tensor.unsqueeze(0).expand(to: [n] + constant.shape), style: style(0), noise: planes[0])
        var image = outputs[0](x, style: style(1))
        for stage in 1..<widths.count {
            x = layers[2 * stage - 1](x, style: style(2 * stage - 1), noise: planes[2 * stage - 1])
            x = layers[2 * stage](x, style: style(2 * stage), noise: planes[2 * stage])
            image = FIRResampling.upsample(image) + outputs[stage](x, style: style(2 * stage + 1))
        }
        return image
    }
}
