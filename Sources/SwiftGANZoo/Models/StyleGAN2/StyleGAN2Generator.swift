import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// StyleGAN2's generator: the mapping network, the synthesis network, and the
/// running mean of the styles (`averageStyle`, tracked in training with β
/// 0.995) that truncation pulls towards. Called as a layer, it maps noise to
/// images with the fixed noise planes, the same style for every layer and no truncation.
final class StyleGAN2Generator: Module, Layer {
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

    /// The styles `[N, styleCount, W]` of noise `z`, each `w` pulled towards the
    /// mean style by `truncation` (ψ; 1 leaves it), repeated for every layer.
    func styles(_ z: Tensor, truncation: Float = 1) -> Tensor {
        var w = mapping(z)
        if truncation != 1 {
            let average = Tensor(averageStyle.value.reshaped([1, averageStyle.shape[0]]))
            w = average + (w - average) * truncation
        }
        return w.unsqueeze(1).expand(to: [z.shape[0], synthesis.styleCount, w.shape[1]])
    }

    /// `ws` with the layers from `cutoff` on taking their styles from `other`.
    static func mix(_ ws: Tensor, with other: Tensor, from cutoff: Int) -> Tensor {
        guard cutoff < ws.shape[1] else { return ws }
        return Tensor.concat([ws.slice(axis: 1, start: 0, end: cutoff), other.slice(axis: 1, start: cutoff, end: ws.shape[1])], axis: 1)
    }

    /// Moves the mean style towards the mean of `w [N, styleCount, W]`'s first layer (β 0.995).
    func trackAverage(_ ws: Tensor) {
        let mean = ws.value.slice(axis: 1, start: 0, end: 1).mean(axes: [0, 1]).elements
        let blended = zip(mean, averageStyle.value.elements).map { now, average in now + (average - now) * 0.995 }
        averageStyle.value = NDArray(blended, shape: averageStyle.shape)
    }

    func callAsFunction(_ z: Tensor) -> Tensor {
        synthesis(styles(z), noise: nil)
    }
}
