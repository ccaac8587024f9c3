import SwiftGANAutograd
import SwiftGANKernels

/// StyleGAN's per-pixel noise: `x + strength · noise`, one noise plane per
/// sample shared by all channels, with a learned `strength` starting at zero:
/// one for all channels (StyleGAN2) or one per channel (StyleGAN).
public final class NoiseInjection: Module {
    public let strength: Parameter

    /// Noise with one strength, or with `channels` strengths, one per channel.
    public init(channels: Int = 1) {
        precondition(channels > 0, "NoiseInjection: channels must be positive, got \(channels)")
        strength = Parameter(NDArray(zeros: [channels]))
    }

    /// The strengths shaped to multiply `[N, C, H, W]`.
    private var scale: Tensor {
        strength.shape[0] == 1 ? strength.tensor : strength.tensor.reshape([1, strength.shape[0], 1, 1])
    }

    /// Adds `noise [N, 1, H, W]`, or fresh standard normal noise drawn from `generator`.
    public func callAsFunction(_ x: Tensor, noise: Tensor? = nil, generator: inout RandomGenerator) -> Tensor {
        precondition(x.rank == 4, "NoiseInjection: expected [N, C, H, W], got \(x.shape)")
        let planes = noise ?? Tensor(generator.normal([x.shape[0], 1, x.shape[2], x.shape[3]]))
        precondition(planes.shape == [x.shape[0], 1, x.shape[2], x.shape[3]], "NoiseInjection: noise \(planes.shape) for input \(x.shape)")
        precondition([1, x.shape[1]].contains(strength.shape[0]), "NoiseInjection: \(strength.shape[0]) strengths for \(x.shape[1]) channels")
        return x + planes * scale
    }
}

extension NoiseInjection {
    /// Adds the given noise planes `[N, 1, H, W]` times the strength.
    public func callAsFunction(_ x: Tensor, noise planes: Tensor) -> Tensor {
        precondition(x.rank == 4 && planes.shape == [x.shape[0], 1, x.shape[2], x.shape[3]], "NoiseInjection: noise \(planes.shape) for input \(x.shape)")
        precondition([1, x.shape[1]].contains(strength.shape[0]), "NoiseInjection: \(strength.shape[0]) strengths for \(x.shape[1]) channels")
        return x + planes * scale
    }
}
