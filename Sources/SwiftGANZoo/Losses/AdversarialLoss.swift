import SwiftGANAutograd

/// The adversarial losses of the GAN literature, as pure functions of the
/// discriminator's outputs (logits) on real and generated samples.
public enum AdversarialLoss: String, Sendable, CaseIterable, Codable {
    /// Goodfellow et al.'s minimax game: D maximizes log D(x) + log(1 - D(G(z))),
    /// G minimizes log(1 - D(G(z))) (saturating).
    case minimax
    /// The same D loss; G maximizes log D(G(z)) instead (non-saturating).
    case nonSaturating = "non_saturating"
    /// LSGAN (Mao et al.): least squares with targets 1 (real) and 0 (fake).
    case leastSquares = "least_squares"
    /// WGAN (Arjovsky et al.): D(fake) - D(real) for the critic, -D(fake) for G.
    case wasserstein
    /// Hinge (Lim & Ye; SNGAN, SAGAN, BigGAN).
    case hinge
    /// Relativistic average standard GAN (Jolicoeur-Martineau): each side judged
    /// against the other's mean.
    case relativisticAverage = "relativistic_average"

    /// The discriminator's loss; `realTarget` below 1 is one-sided label smoothing
    /// (for the log-likelihood losses).
    public func discriminatorLoss(real: Tensor, fake: Tensor, realTarget: Float = 1) -> Tensor {
        switch self {
        case .minimax, .nonSaturating:
            let realTerm = realTarget == 1
                ? (-real).softplus()
                : (-real).softplus() * realTarget + real.softplus() * (1 - realTarget)
            return realTerm.mean() + fake.softplus().mean()
        case .leastSquares:
            return ((real - realTarget).square().mean() + fake.square().mean()) * 0.5
        case .wasserstein:
            return fake.mean() - real.mean()
        case .hinge:
            return (1 - real).relu().mean() + (fake + 1).relu().mean()
        case .relativisticAverage:
            return (-(real - fake.mean())).softplus().mean() + (fake - real.mean()).softplus().mean()
        }
    }

    /// The generator's loss. `real` is needed by the relativistic loss only.
    public func generatorLoss(fake: Tensor, real: Tensor? = nil) -> Tensor {
        switch self {
        case .minimax:
            return -fake.softplus().mean()
        case .nonSaturating:
            return (-fake).softplus().mean()
        case .leastSquares:
            return (fake - 1).square().mean() * 0.5
        case .wasserstein, .hinge:
            return -fake.mean()
        case .relativisticAverage:
            guard let real else { preconditionFailure("relativistic_average: the generator loss needs the real logits") }
            return (-(fake - real.mean())).softplus().mean() + (real - fake.mean()).softplus().mean()
        }
    }

    /// Whether the discriminator is a critic (unbounded score) rather than a classifier.
    public var isCritic: Bool { self == .wasserstein || self == .hinge }
}
