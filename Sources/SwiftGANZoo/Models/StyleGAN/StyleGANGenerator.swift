import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// StyleGAN's generator: the mapping network, the AdaIN synthesis network and the mean style.
final class StyleGANGenerator: Module, StyleBasedGenerator {
    let mapping: MappingNetwork
    let synthesis: StyleGANSynthesis
    let averageStyle: Buffer

    init(latent: Int, style: Int, mappingLayers: Int, mappingLRMultiplier: Float, channels: Int, widths: StageWidths, generator rng: inout RandomGenerator) {
        mapping = MappingNetwork(latent: latent, style: style, layers: mappingLayers, lrMultiplier: mappingLRMultiplier, generator: &rng)
        synthesis = StyleGANSynthesis(channels: channels, widths: widths, style: style, generator: &rng)
        averageStyle = Buffer(NDArray(zeros: [style]))
    }

    var pathLengthTarget: Buffer? { nil }
    var styleCount: Int { synthesis.styleCount }

    func synthesize(_ ws: Tensor, noise: [Tensor]?) -> Tensor { synthesis(ws, noise: noise) }

    func randomNoise(count: Int, random: inout RandomGenerator) -> [Tensor] { synthesis.randomNoise(count: count, random: &random) }
}
