import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Two domains' encoders and decoders that share their inner layers, as
/// UNIT (Liu et al. 2017) and XGAN (Royer et al. 2017) couple them: each
/// domain's encoder (a 7x7 convolution, two stride-2 3x3 ones, `blocks`
/// residual blocks) ends in a residual block both share, which gives the
/// shared code at a quarter of the side; each domain's decoder starts with
/// a shared residual block and mirrors its encoder up to tanh. The shared
/// layers are what tie the two domains' codes together.
public final class CoupledAutoencoders: Module {
    public let encoders: [Sequential]
    public let sharedEncoder: ResidualStack
    public let sharedDecoder: ResidualStack
    public let decoders: [Sequential]

    /// Encoders and generators of `channels.a` and `channels.b` images, widths `width`, `2 width`, `4 width`.
    public init(channels: (a: Int, b: Int), width: Int, blocks: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) {
        precondition(width > 0 && blocks >= 0, "CoupledAutoencoders: width \(width) must be positive and blocks \(blocks) not negative")
        let encoders = [channels.a, channels.b].map { TranslatorHalves.encoder(channels: $0, width: width, blocks: blocks, norm: norm, generator: &rng) }
        sharedEncoder = ResidualStack(channels: 4 * width, count: 1, norm: norm, generator: &rng)
        sharedDecoder = ResidualStack(channels: 4 * width, count: 1, norm: norm, generator: &rng)
        let decoders = [channels.a, channels.b].map { TranslatorHalves.decoder(channels: $0, width: width, blocks: blocks, norm: norm, generator: &rng) }
        (self.encoders, self.decoders) = (encoders, decoders)
    }

    /// The shared code of images of `domain` (0: A, 1: B), `[N, 4 width, S/4, S/4]` (UNIT takes it as its latent Gaussian's mean).
    public func encode(_ x: Tensor, domain: Int) -> Tensor {
        precondition(x.rank == 4 && x.shape[2] % 4 == 0 && x.shape[3] % 4 == 0, "CoupledAutoencoders: expected [N, C, H, W] with H and W multiples of 4, got \(x.shape)")
        return sharedEncoder(encoders[domain](x))
    }

    /// The images of `domain` that codes `z` stand for.
    public func decode(_ z: Tensor, domain: Int) -> Tensor {
        decoders[domain](sharedDecoder(z))
    }

    /// Images of domain `from` as domain `to` draws them: the code's decoding, without noise.
    public func translate(_ x: Tensor, from: Int, to: Int) -> Tensor {
        decode(encode(x, domain: from), domain: to)
    }
}
