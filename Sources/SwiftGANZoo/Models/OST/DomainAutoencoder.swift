import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// One domain's own layers in OST: the outer encoder and decoder halves
/// (`TranslatorHalves`) around the layers both domains share.
public final class DomainAutoencoder: Module {
    public let encoder: Sequential
    public let decoder: Sequential

    public init(channels: Int, width: Int, blocks: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) {
        encoder = TranslatorHalves.encoder(channels: channels, width: width, blocks: blocks, norm: norm, generator: &rng)
        decoder = TranslatorHalves.decoder(channels: channels, width: width, blocks: blocks, norm: norm, generator: &rng)
    }
}
