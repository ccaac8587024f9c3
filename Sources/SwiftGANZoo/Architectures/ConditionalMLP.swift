import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// `MLP` networks for class-conditional models on vectors (2-D mixtures): the
/// one-hot label widens the generator's and the discriminator's input.
public enum ConditionalMLP {
    /// `[N, latent + classes] -> [N, output]`.
    public static func generator(latent: Int, classes: Int, hidden: Int = 128, layers: Int = 2, output: Int = 2, generator rng: inout RandomGenerator) -> Sequential {
        MLP.generator(latent: latent + classes, hidden: hidden, layers: layers, output: output, generator: &rng)
    }

    /// `[N, input + classes] -> [N, outputs]` logits.
    public static func discriminator(input: Int = 2, classes: Int, hidden: Int = 128, layers: Int = 2, outputs: Int = 1, generator rng: inout RandomGenerator) -> Sequential {
        MLP.discriminator(input: input + classes, hidden: hidden, layers: layers, outputs: outputs, generator: &rng)
    }
}
