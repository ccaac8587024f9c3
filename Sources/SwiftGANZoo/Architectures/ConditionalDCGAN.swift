import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// `DCGAN` networks for class-conditional models on images: the generator
/// takes noise with the one-hot label, the discriminator the image with one
/// label plane per class as extra channels.
public enum ConditionalDCGAN {
    /// `[N, latent + classes] -> [N, channels, resolution, resolution]` in [-1, 1].
    public static func generator(latent: Int = 100, classes: Int = 10, channels: Int = 1, resolution: Int = 28, generator rng: inout RandomGenerator) -> Sequential {
        DCGAN.generator(latent: latent + classes, channels: channels, resolution: resolution, generator: &rng)
    }

    /// `[N, channels + classes, resolution, resolution] -> [N, outputs]` logits.
    public static func discriminator(
        channels: Int = 1, classes: Int = 10, resolution: Int = 28, normalization: DiscriminatorNormalization = .batchNorm, outputs: Int = 1,
        generator rng: inout RandomGenerator
    ) -> Sequential {
        DCGAN.discriminator(channels: channels + classes, resolution: resolution, normalization: normalization, outputs: outputs, generator: &rng)
    }
}
