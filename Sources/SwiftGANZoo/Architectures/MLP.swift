import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Multilayer perceptrons for 2-D mixtures (the mlp2d networks of the benchmark).
public enum MLP {
    /// `z [N, latent] -> [N, output]`: Linear, ReLU, ..., Linear.
    /// - Parameters:
    ///   - latent: The width of the input.
    ///   - hidden: The width of every hidden layer.
    ///   - layers: The hidden layers.
    ///   - output: The width of a sample (2 for points).
    ///   - rng: The stream the initial weights are drawn from.
    public static func generator(latent: Int, hidden: Int = 128, layers: Int = 2, output: Int = 2, generator rng: inout RandomGenerator) -> Sequential {
        var modules: [any LayerModule] = []
        var width = latent
        for _ in 0..<layers {
            modules += [Linear(width, hidden, generator: &rng), Activation(.relu)]
            width = hidden
        }
        modules.append(Linear(width, output, generator: &rng))
        return Sequential(modules)
    }

    /// `x [N, input] -> [N, outputs]` logits: Linear, LeakyReLU(0.2), ..., Linear;
    /// every linear layer spectrally normalized when asked, and minibatch
    /// discrimination before the last one when asked.
    /// - Parameters:
    ///   - input: The width of a sample (plus labels or packed copies).
    ///   - hidden: The width of every hidden layer.
    ///   - layers: The hidden layers.
    ///   - outputs: The logits per sample.
    ///   - spectralNorm: Whether every linear layer is spectrally normalized.
    ///   - minibatchDiscrimination: Whether a minibatch discrimination layer precedes the last one.
    ///   - rng: The stream the initial weights are drawn from.
    public static func discriminator(
        input: Int = 2, hidden: Int = 128, layers: Int = 2, outputs: Int = 1, spectralNorm: Bool = false,
        minibatchDiscrimination: Bool = false, generator rng: inout RandomGenerator
    ) -> Sequential {
        func linear(_ input: Int, _ output: Int) -> any LayerModule {
            let layer = Linear(input, output, generator: &rng)
            return SpectralNorm.wrapping(layer, when: spectralNorm, generator: &rng)
        }
        var modules: [any LayerModule] = []
        var width = input
        for _ in 0..<layers {
            modules += [linear(width, hidden), Activation(.leakyRelu(0.2))]
            width = hidden
        }
        if minibatchDiscrimination {
            let layer = MinibatchDiscrimination(width, generator: &rng)
            modules.append(layer)
            width += layer.kernels
        }
        modules.append(linear(width, outputs))
        return Sequential(modules)
    }
}
