import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// A style-based generator (StyleGAN, StyleGAN2): a mapping network from
/// noise to styles `w`, a synthesis network that reads one style per layer,
/// and the running mean of the styles (`averageStyle`, tracked in training
/// with β 0.995) that truncation pulls towards. Called as a layer, it maps
/// noise to images with the fixed noise planes, the same style for every
/// layer and no truncation.
protocol StyleBasedGenerator: LayerModule {
    var mapping: MappingNetwork { get }
    var averageStyle: Buffer { get }
    /// The running mean of the path lengths, the target of StyleGAN2's path-length penalty; nil where there is none.
    var pathLengthTarget: Buffer? { get }
    /// The number of styles a synthesis reads.
    var styleCount: Int { get }
    /// Images from styles `ws [N, styleCount, W]` and per-layer noise (nil: the fixed planes).
    func synthesize(_ ws: Tensor, noise: [Tensor]?) -> Tensor
    /// Noise planes for `count` images, one per noisy layer, drawn from `random`.
    func randomNoise(count: Int, random: inout RandomGenerator) -> [Tensor]
}

extension StyleBasedGenerator {
    /// The styles `[N, styleCount, W]` of noise `z`, each `w` pulled towards the
    /// mean style by `truncation` (ψ; 1 leaves it), repeated for every layer.
    func styles(_ z: Tensor, truncation: Float = 1) -> Tensor {
        var w = mapping(z)
        if truncation != 1 {
            let average = Tensor(averageStyle.value.reshaped([1, averageStyle.shape[0]]))
            w = average + (w - average) * truncation
        }
        return w.unsqueeze(1).expand(to: [z.shape[0], styleCount, w.shape[1]])
    }

    /// Moves the mean style towards the mean of `ws [N, styleCount, W]`'s first layer (β 0.995).
    func trackAverage(_ ws: Tensor) {
        let mean = ws.value.slice(axis: 1, start: 0, end: 1).mean(axes: [0, 1]).elements
        let blended = zip(mean, averageStyle.value.elements).map { now, average in now + (average - now) * 0.995 }
        averageStyle.value = NDArray(blended, shape: averageStyle.shape)
    }

    func callAsFunction(_ z: Tensor) -> Tensor {
        synthesize(styles(z), noise: nil)
    }
}
