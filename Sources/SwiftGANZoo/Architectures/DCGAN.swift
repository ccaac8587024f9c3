import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The DCGAN networks (Radford et al.) at any resolution of a
/// `ResolutionLadder`: at 28x28 exactly the dcgan28 case of the benchmark,
/// with the same `Sequential` indices as PyTorch's `nn.Sequential`. Widths
/// halve from the bottom up, from 64 · 2^(doublings-1) (capped at 512) to 64.
public enum DCGAN {
    /// `z [N, latent] -> [N, channels, resolution, resolution]` in [-1, 1].
    /// - Parameters:
    ///   - latent: The width of the input (noise, plus labels or codes of conditional models).
    ///   - channels: The image channels.
    ///   - resolution: The side of the square output: 7 · 2^k or a power of two from 8.
    ///   - rng: The stream the initial weights are drawn from.
    public static func generator(latent: Int = 100, channels: Int = 1, resolution: Int = 28, generator rng: inout RandomGenerator) -> Sequential {
        let ladder = ladder(resolution)
        let top = ladder.width(atLevel: 0), b = ladder.bottom
        var layers: [any LayerModule] = [Linear(latent, top * b * b, generator: &rng), BatchNorm1d(top * b * b), Activation(.relu), Reshape([top, b, b])]
        for level in 0..<ladder.doublings - 1 {
            let (input, output) = (ladder.width(atLevel: level), ladder.width(atLevel: level + 1))
            layers += [ConvTranspose2d(input, output, kernel: 4, stride: 2, padding: 1, generator: &rng), BatchNorm2d(output), Activation(.relu)]
        }
        layers += [ConvTranspose2d(ladder.width(atLevel: ladder.doublings - 1), channels, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.tanh)]
        return Sequential(layers)
    }

    /// `x [N, channels, resolution, resolution] -> [N, outputs]` logits:
    /// strided convolutions with leaky ReLU, a normalization after every one
    /// but the first, flatten, linear. A normalization slot holds BatchNorm,
    /// LayerNorm, or an identity (no normalization, and spectral
    /// normalization, which wraps the convolutions and the linear layer
    /// instead), so indices never move (at 28x28 the slot is index 3).
    /// Minibatch discrimination, when asked, comes before the linear layer.
    /// - Parameters:
    ///   - channels: The input channels (image channels, plus label planes or packed copies).
    ///   - resolution: The side of the square input: 7 · 2^k or a power of two from 8.
    ///   - normalization: What follows every convolution but the first.
    ///   - minibatchDiscrimination: Whether a minibatch discrimination layer precedes the linear layer.
    ///   - outputs: The logits per sample (1, or 1 plus class and code outputs).
    ///   - rng: The stream the initial weights are drawn from.
    public static func discriminator(
        channels: Int = 1, resolution: Int = 28, normalization: DiscriminatorNormalization = .batchNorm, minibatchDiscrimination: Bool = false,
        outputs: Int = 1, generator rng: inout RandomGenerator
    ) -> Sequential {
        func weighted(_ layer: any WeightedLayer) -> any LayerModule {
            SpectralNorm.wrapping(layer, when: normalization == .spectralNorm, generator: &rng)
        }
        let ladder = ladder(resolution)
        var width = ladder.width(atLevel: ladder.doublings - 1)
        var layers: [any LayerModule] = [weighted(Conv2d(channels, width, kernel: 4, stride: 2, padding: 1, generator: &rng)), Activation(.leakyRelu(0.2))]
        var side = resolution / 2
        for level in stride(from: ladder.doublings - 2, through: 0, by: -1) {
            let output = ladder.width(atLevel: level)
            side /= 2
            let middle: any LayerModule
            switch normalization {
            case .batchNorm: middle = BatchNorm2d(output)
            case .layerNorm: middle = LayerNorm([output, side, side])
            case .none, .spectralNorm: middle = Activation(.identity)
            }
            layers += [weighted(Conv2d(width, output, kernel: 4, stride: 2, padding: 1, generator: &rng)), middle, Activation(.leakyRelu(0.2))]
            width = output
        }
        layers.append(Flatten())
        var features = width * side * side
        if minibatchDiscrimination {
            let layer = MinibatchDiscrimination(features, generator: &rng)
            layers.append(layer)
            features += layer.kernels
        }
        layers.append(weighted(Linear(features, outputs, generator: &rng)))
        return Sequential(layers)
    }

    private static func ladder(_ resolution: Int) -> ResolutionLadder {
        guard let ladder = ResolutionLadder(resolution: resolution) else {
            preconditionFailure("DCGAN: resolution \(resolution) is neither 7 · 2^k nor a power of two from 8")
        }
        return ladder
    }
}
