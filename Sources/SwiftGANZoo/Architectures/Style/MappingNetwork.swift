import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The mapping network of StyleGAN and StyleGAN2: the noise normalized to
/// unit root mean square (pixel norm), then `layers` equalized linear layers
/// with a leaky ReLU (slope 0.2, gain √2), learning `lrMultiplier` times as
/// fast as the rest (0.01: a hundred times slower), giving the style `w`.
final class MappingNetwork: Module, Layer {
    let layers: [EqualizedLinear]

    init(latent: Int, style: Int, layers count: Int, lrMultiplier: Float, generator: inout RandomGenerator) {
        precondition(count >= 1, "MappingNetwork: needs at least one layer, got \(count)")
        layers = (0..<count).map { index in
            EqualizedLinear(index == 0 ? latent : style, style, lrMultiplier: lrMultiplier, generator: &generator)
        }
    }

    /// Styles `[N, style]` of noise `z [N, latent]`.
    func callAsFunction(_ z: Tensor) -> Tensor {
        layers.reduce(PixelNorm()(z)) { x, layer in StyleActivation.apply(layer(x)) }
    }
}
