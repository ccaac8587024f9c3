import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// StyleGAN2's generator: the mapping network, the skip synthesis network,
/// the mean style and the mean path length.
final class StyleGAN2Generator: Module, StyleBasedGenerator {
    let mapping: MappingNetwork
    let synthesis: StyleGAN2Synthesis
    let averageStyle: Buffer
    /// The running mean of the path lengths, the path-length penalty's target (saved with the generator).
    let meanPathLength: Buffer

    init(latent: Int, style: Int, mappingLayers: Int, mappingLRMultiplier: Float, channels: Int, widths: StageWidths, generator rng: inout RandomGenerator) {
        mapping = MappingNetwork(latent: latent, style: style, layers: mappingLayers, lrMultiplier: mappingLRMultiplier, generator: &rng)
        synthesis = StyleGAN2Synthesis(channels: channels, widths: widths, style: style, generator: &rng)
        averageStyle = Buffer(NDArray(zeros: [style]))
        meanPathLength = Buffer(NDArray(zeros: [1]))
    }

    var pathLengthTarget: Buffer? { meanPathLength }
    var styleCount: Int { synthesis.styleCount }

    func synthesize(_ ws: Tensor, noise: [Tensor]?) -> Tensor { synthesis(ws, noise: noise) }

    func randomNoise(count: Int, random: inout RandomGenerator) -> [Tensor] { synthesis.randomNoise(count: count, random: &random) }
}
