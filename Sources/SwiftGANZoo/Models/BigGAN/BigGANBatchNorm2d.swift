import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// BigGAN's conditional BatchNorm: the gain and bias of each channel are
/// linear functions of a conditioning vector (the shared class embedding with
/// the block's chunk of z), `y = BN(x) · (1 + gain(c)) + bias(c)`; with no
/// conditioning (`conditioning` 0) it is BatchNorm with its own affine gain and bias.
/// Keys: `bn`, `gain`, `bias`.
final class BigGANBatchNorm2d: Module {
    let bn: BatchNorm
    let gain: (any LayerModule)?
    let bias: (any LayerModule)?

    /// A layer for `channels` channels conditioned on vectors of width `conditioning`.
    init(_ channels: Int, conditioning: Int, spectralNorm: Bool, generator rng: inout RandomGenerator) {
        bn = BatchNorm(channels, affine: conditioning == 0)
        guard conditioning > 0 else { (gain, bias) = (nil, nil); return }
        gain = SpectralNorm.wrapping(Linear(conditioning, channels, generator: &rng), when: spectralNorm, generator: &rng)
        bias = SpectralNorm.wrapping(Linear(conditioning, channels, generator: &rng), when: spectralNorm, generator: &rng)
    }

    /// Normalizes `x [N, C, H, W]`, conditioned on `c [N, conditioning]` when the layer is conditional.
    func callAsFunction(_ x: Tensor, conditioning c: Tensor?) -> Tensor {
        guard let gain, let bias else { return bn(x) }
        guard let c else { preconditionFailure("BigGANBatchNorm2d: the layer is conditional and was given no conditioning vector") }
        let shape = [x.shape[0], x.shape[1], 1, 1]
        return bn(x) * (gain(c).reshape(shape) + 1) + bias(c).reshape(shape)
    }
}
