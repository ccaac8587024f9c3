import SwiftGANAutograd
import SwiftGANKernels

/// StyleGAN's per-pixel noise: `x + strength · noise`, one noise plane per
/// sample shared by all channels, with a learned `strength` starting at zero.
public final class NoiseInjection: Module {
    public let strength: Parameter

    override public init() {
        strength = Parameter(NDArray(zeros: [1]))
    }

    /// Adds `noise [N, 1, H, W]`, or fresh standard normal noise drawn from `generator`.
    public func callAsFunction(_ x: Tensor, noise: Tensor? = nil, generator: inout RandomGenerator) -> Tensor {
        precondition(x.rank == 4, "NoiseInjection: expected [N, C, H, W], got \(x.shape)")
        let planes = noise ?? Tensor(generator.normal([x.shape[0], 1, x.shape[2], x.shape[3]]))
        precondition(planes.shape == [x.shape[0], 1, x.shape[2], x.shape[3]], "NoiseInjection: noise \(planes.shape) for input \(x.shape)")
        return x + planes * strength.tensor
    }
}

extension NoiseInjection {
    /// Adds the given noise planes `[N, 1, H, W]` times the strength.
    public func callAsFunction(_ x: Tensor, noise planes: Tensor) -> Tensor {
        precondition(x.rank == 4 && planes.shape == [x.shape[0], 1, x.shape[2], x.shape[3]], "NoiseInjection: noise \(planes.shape) for input \(x.shape)")
        return x + planes * strength.tensor
    }
}
