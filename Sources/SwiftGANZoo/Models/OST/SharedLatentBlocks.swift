import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The layers OST's two domains share: the encoders' last residual block
/// and the decoders' first, around the latent code.
public final class SharedLatentBlocks: Module {
    public let encoder: ResidualStack
    public let decoder: ResidualStack

    public init(channels: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) {
        encoder = ResidualStack(channels: channels, count: 1, norm: norm, generator: &rng)
        decoder = ResidualStack(channels: channels, count: 1, norm: norm, generator: &rng)
    }
}
