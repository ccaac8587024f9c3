import SwiftGANAutograd
import SwiftGANKernels

/// Penalties on the discriminator's input gradient, differentiable with
/// respect to its parameters (they differentiate a gradient).
public enum GradientPenalty: Sendable, Equatable {
    /// WGAN-GP (Gulrajani et al.): `λ · E[(‖∇D(x̂)‖ - 1)²]` on random interpolates
    /// `x̂ = ε x_real + (1 - ε) x_fake`, one ε per sample.
    case wganGP(weight: Float)
    /// DRAGAN (Kodali et al.): the same norm penalty on real samples perturbed by
    /// `0.5 · std(x_real) · U[0, 1)` noise, mixed with the real sample by a random ε.
    case dragan(weight: Float)
    /// R1 (Mescheder et al.): `γ/2 · E[‖∇D(x_real)‖²]`.
    case r1(gamma: Float)
    /// R2: `γ/2 · E[‖∇D(x_fake)‖²]`.
    case r2(gamma: Float)

    /// The penalty for `discriminator` at the given batches, with randomness from `generator`.
    public func callAsFunction(
        _ discriminator: (Tensor) -> Tensor, real: Tensor, fake: Tensor, generator: inout RandomGenerator
    ) -> Tensor {
        let n = real.shape[0]
        let sampleShape = [n] + [Int](repeating: 1, count: real.rank - 1)
        switch self {
        case .wganGP(let weight):
            let epsilon = Tensor(generator.uniform(sampleShape))
            let mixed = epsilon * real.detached() + (1 - epsilon) * fake.detached()
            return Self.normPenalty(discriminator, at: mixed.value) * weight
        case .dragan(let weight):
            let x = real.detached()
            let std = x.value.variance(correction: 1).map(.sqrt).scalarValue
            let noise = Tensor(generator.uniform(real.shape).map(.affine(scale: 0.5 * std, shift: 0)))
            let epsilon = Tensor(generator.uniform(sampleShape))
            let mixed = epsilon * x + (1 - epsilon) * (x + noise)
            return Self.normPenalty(discriminator, at: mixed.value) * weight
        case .r1(let gamma):
            return Self.squaredNorm(discriminator, at: real.value) * (gamma / 2)
        case .r2(let gamma):
            return Self.squaredNorm(discriminator, at: fake.value) * (gamma / 2)
        }
    }

    /// `E[(‖∇D(x)‖ - 1)²]`.
    static func normPenalty(_ discriminator: (Tensor) -> Tensor, at x: NDArray) -> Tensor {
        let norms = (inputGradient(discriminator, at: x).square().sum(axes: [1]) + 1e-12).sqrt()
        return (norms - 1).square().mean()
    }

    /// `E[‖∇D(x)‖²]`.
    static func squaredNorm(_ discriminator: (Tensor) -> Tensor, at x: NDArray) -> Tensor {
        inputGradient(discriminator, at: x).square().sum(axes: [1]).mean()
    }

    /// `∇ₓ Σ D(x)`, flattened per sample, with its own graph.
    static func inputGradient(_ discriminator: (Tensor) -> Tensor, at x: NDArray) -> Tensor {
        let input = Tensor(x, requiresGrad: true)
        return gradients(of: discriminator(input).sum(), wrt: [input], createGraph: true)[0].flatten()
    }
}
