import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The DCGAN networks for 28x28 images (MNIST), exactly the dcgan28 case of the
/// benchmark, with the same `Sequential` indices as PyTorch's `nn.Sequential`.
public enum DCGAN28 {
    /// `z [N, latent] -> [N, channels, 28, 28]` in [-1, 1].
    public static func generator(latent: Int = 100, channels: Int = 1, generator rng: inout RandomGenerator) -> Sequential {
        Sequential(
            Linear(latent, 128 * 7 * 7, generator: &rng), BatchNorm1d(128 * 7 * 7), Activation(.relu), Reshape([128, 7, 7]),
            ConvTranspose2d(128, 64, kernel: 4, stride: 2, padding: 1, generator: &rng), BatchNorm2d(64), Activation(.relu),
            ConvTranspose2d(64, channels, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.tanh))
    }

    /// `x [N, channels, 28, 28] -> [N, outputs]` logits: conv, leaky ReLU, conv,
    /// normalization, leaky ReLU, flatten, linear. The normalization slot (index
    /// 3) holds BatchNorm, LayerNorm over `[128, 7, 7]`, or an identity (no
    /// normalization, and spectral normalization, which wraps both convolutions
    /// and the linear layer instead), so indices never move. Minibatch
    /// discrimination, when asked, comes before the linear layer.
    public static func discriminator(
        channels: Int = 1, normalization: DiscriminatorNormalization = .batchNorm, minibatchDiscrimination: Bool = false,
        outputs: Int = 1, generator rng: inout RandomGenerator
    ) -> Sequential {
        func weighted(_ layer: any WeightedLayer) -> any LayerModule {
            SpectralNorm.wrapping(layer, when: normalization == .spectralNorm, generator: &rng)
        }
        let middle: any LayerModule
        switch normalization {
        case .batchNorm: middle = BatchNorm2d(128)
        case .layerNorm: middle = LayerNorm([128, 7, 7])
        case .none, .spectralNorm: middle = Activation(.identity)
        }
        var layers: [any LayerModule] = [
            weighted(Conv2d(channels, 64, kernel: 4, stride: 2, padding: 1, generator: &rng)), Activation(.leakyRelu(0.2)),
            weighted(Conv2d(64, 128, kernel: 4, stride: 2, padding: 1, generator: &rng)), middle, Activation(.leakyRelu(0.2)), Flatten(),
        ]
        var features = 128 * 7 * 7
        if minibatchDiscrimination {
            let layer = MinibatchDiscrimination(features, generator: &rng)
            layers.append(layer)
            features += layer.kernels
        }
        layers.append(weighted(Linear(features, outputs, generator: &rng)))
        return Sequential(layers)
    }
}
