import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// `DCGAN28` networks for class-conditional models on 28x28 images (MNIST): the
/// generator takes noise with the one-hot label, the discriminator the image
/// with one label plane per class as extra channels.
public enum ConditionalDCGAN28 {
    /// `[N, latent + classes] -> [N, channels, 28, 28]` in [-1, 1].
    public static func generator(latent: Int = 100, classes: Int = 10, channels: Int = 1, generator rng: inout RandomGenerator) -> Sequential {
        DCGAN28.generator(latent: latent + classes, channels: channels, generator: &rng)
    }

    /// `[N, channels + classes, 28, 28] -> [N, outputs]` logits.
    public static func discriminator(
        channels: Int = 1, classes: Int = 10, normalization: DiscriminatorNormalization = .batchNorm, outputs: Int = 1,
        generator rng: inout RandomGenerator
    ) -> Sequential {
        DCGAN28.discriminator(channels: channels + classes, normalization: normalization, outputs: outputs, generator: &rng)
    }
}
