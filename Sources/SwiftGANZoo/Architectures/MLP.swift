import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Multilayer perceptrons for 2-D mixtures (the mlp2d networks of the benchmark).
public enum MLP {
    /// `z [N, latent] -> [N, output]`: Linear, ReLU, ..., Linear.
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

    /// `x [N, input] -> [N, 1]` logits: Linear, LeakyReLU(0.2), ..., Linear.
    public static func discriminator(input: Int = 2, hidden: Int = 128, layers: Int = 2, outputs: Int = 1, generator rng: inout RandomGenerator) -> Sequential {
        var modules: [any LayerModule] = []
        var width = input
        for _ in 0..<layers {
            modules += [Linear(width, hidden, generator: &rng), Activation(.leakyRelu(0.2))]
            width = hidden
        }
        modules.append(Linear(width, outputs, generator: &rng))
        return Sequential(modules)
    }
}
