import SwiftGANKernels
import SwiftGANNN

/// Networks made only to load weights into (`module.load(from: url)`): the
/// placeholder weights come from a fixed stream, so no random generator is needed.
extension DCGAN {
    /// `generator(latent:channels:resolution:generator:)` with placeholder weights.
    public static func generator(latent: Int = 100, channels: Int = 1, resolution: Int = 28) -> Sequential {
        var placeholder = RandomGenerator(seed: 0)
        return generator(latent: latent, channels: channels, resolution: resolution, generator: &placeholder)
    }

    /// `discriminator(channels:resolution:normalization:minibatchDiscrimination:outputs:generator:)` with placeholder weights.
    public static func discriminator(
        channels: Int = 1, resolution: Int = 28, normalization: DiscriminatorNormalization = .batchNorm, minibatchDiscrimination: Bool = false, outputs: Int = 1
    ) -> Sequential {
        var placeholder = RandomGenerator(seed: 0)
        return discriminator(
            channels: channels, resolution: resolution, normalization: normalization, minibatchDiscrimination: minibatchDiscrimination, outputs: outputs,
            generator: &placeholder)
    }
}

extension MLP {
    /// `generator(latent:hidden:layers:output:generator:)` with placeholder weights.
    public static func generator(latent: Int, hidden: Int = 128, layers: Int = 2, output: Int = 2) -> Sequential {
        var placeholder = RandomGenerator(seed: 0)
        return generator(latent: latent, hidden: hidden, layers: layers, output: output, generator: &placeholder)
    }

    /// `discriminator(input:hidden:layers:outputs:spectralNorm:minibatchDiscrimination:generator:)` with placeholder weights.
    public static func discriminator(
        input: Int = 2, hidden: Int = 128, layers: Int = 2, outputs: Int = 1, spectralNorm: Bool = false, minibatchDiscrimination: Bool = false
    ) -> Sequential {
        var placeholder = RandomGenerator(seed: 0)
        return discriminator(
            input: input, hidden: hidden, layers: layers, outputs: outputs, spectralNorm: spectralNorm, minibatchDiscrimination: minibatchDiscrimination,
            generator: &placeholder)
    }
}

extension ResNetGenerator {
    /// `init(latent:width:channels:bottom:upBlocks:generator:)` with placeholder weights.
    public convenience init(latent: Int = 128, width: Int = 128, channels: Int = 3, bottom: Int = 4, upBlocks: Int = 3) {
        var placeholder = RandomGenerator(seed: 0)
        self.init(latent: latent, width: width, channels: channels, bottom: bottom, upBlocks: upBlocks, generator: &placeholder)
    }
}

extension ResNetDiscriminator {
    /// `init(width:channels:outputs:downBlocks:spectralNorm:generator:)` with placeholder weights.
    public convenience init(width: Int = 128, channels: Int = 3, outputs: Int = 1, downBlocks: Int = 3, spectralNorm: Bool = true) {
        var placeholder = RandomGenerator(seed: 0)
        self.init(width: width, channels: channels, outputs: outputs, downBlocks: downBlocks, spectralNorm: spectralNorm, generator: &placeholder)
    }
}
