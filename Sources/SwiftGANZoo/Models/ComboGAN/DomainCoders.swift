import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// ComboGAN's networks (Anoosheh et al. 2018): one encoder and one decoder
/// per domain, CycleGAN's ResNet generator cut in half (`TranslatorHalves`,
/// its residual blocks split between the halves). Any encoder combines with
/// any decoder, so N domains need 2N networks instead of N(N - 1) generators.
public final class DomainCoders: Module {
    public let encoders: [Sequential]
    public let decoders: [Sequential]

    /// Coders of `domains` domains of `channels`-channel images, `blocks` residual blocks per translation.
    public init(domains: Int, channels: Int, width: Int, blocks: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) {
        precondition(domains >= 2 && width > 0 && blocks >= 0, "DomainCoders: \(domains) domains, width \(width), blocks \(blocks)")
        encoders = (0..<domains).map { _ in TranslatorHalves.encoder(channels: channels, width: width, blocks: blocks / 2, norm: norm, generator: &rng) }
        decoders = (0..<domains).map { _ in TranslatorHalves.decoder(channels: channels, width: width, blocks: blocks - blocks / 2, norm: norm, generator: &rng) }
    }

    /// The codes of images `x` by their domains' encoders.
    public func encode(_ x: Tensor, domains: [Int]) -> Tensor {
        DomainRouting.routed(x, domains: domains, through: encoders)
    }

    /// The images codes stand for in `domains`, by those domains' decoders.
    public func decode(_ codes: Tensor, domains: [Int]) -> Tensor {
        DomainRouting.routed(codes, domains: domains, through: decoders)
    }
}
