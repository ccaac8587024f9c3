import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// StyleGAN's synthesis network: a learned 4x4 constant (ones at the start),
/// a styled layer on it and a convolutional one at 4x4, then per doubled
/// resolution an upsampling layer and a layer; a 1x1 `toRGB` at the end.
/// Layer `k` reads style `k`: `styleCount = 2 · stages`.
final class StyleGANSynthesis: Module {
    let constant: Parameter
    let layers: [StyleGANLayer]
    let toRGB: EqualizedConv2d
    /// Fixed noise planes, one per layer: inference's noise, so a seed gives one image.
    let fixedNoise: [Buffer]
    let widths: [Int]

    init(channels: Int, widths stageWidths: StageWidths, style: Int, generator rng: inout RandomGenerator) {
        let widths = stageWidths.stages
        constant = Parameter(NDArray(repeating: 1, shape: [widths[0], 4, 4]))
        var layers = [
            StyleGANLayer(widths[0], widths[0], style: style, convolve: false, upsample: false, generator: &rng),
            StyleGANLayer(widths[0], widths[0], style: style, convolve: true, upsample: false, generator: &rng),
        ]
        for stage in 1..<widths.count {
            layers.append(StyleGANLayer(widths[stage - 1], widths[stage], style: style, convolve: true, upsample: true, generator: &rng))
            layers.append(StyleGANLayer(widths[stage], widths[stage], style: style, convolve: true, upsample: false, generator: &rng))
        }
        toRGB = EqualizedConv2d(widths.last!, channels, kernel: 1, generator: &rng)
        (self.layers, self.widths) = (layers, widths)
        fixedNoise = StyleNoise.fixed(sides: Self.noiseSides(stages: widths.count), random: &rng)
    }

    /// The number of styles a forward pass reads.
    var styleCount: Int { 2 * widths.count }

    /// The side of each layer's output, layer by layer.
    static func noiseSides(stages: Int) -> [Int] {
        (0..<stages).flatMap { stage in [4 << stage, 4 << stage] }
    }

    /// Noise planes for `count` images, one per layer, drawn from `random`.
    func randomNoise(count: Int, random: inout RandomGenerator) -> [Tensor] {
        StyleNoise.fresh(sides: Self.noiseSides(stages: widths.count), count: count, random: &random)
    }

    /// Images from styles `ws [N, styleCount, style]` and per-layer noise (nil: the fixed planes).
    func callAsFunction(_ ws: Tensor, noise: [Tensor]?) -> Tensor {
        let n = ws.shape[0]
        precondition(ws.rank == 3 && ws.shape[1] == styleCount, "StyleGANSynthesis: expected styles [N, \(styleCount), W], got \(ws.shape)")
        let planes = noise ?? StyleNoise.repeated(fixedNoise, count: n)
        var x = constant.tensor.unsqueeze(0).expand(to: [n] + constant.shape)
        for (k, layer) in layers.enumerated() {
            x = layer(x, style: ws.slice(axis: 1, start: k, end: k + 1).reshape([n, ws.shape[2]]), noise: planes[k])
        }
        return toRGB(x)
    }
}
