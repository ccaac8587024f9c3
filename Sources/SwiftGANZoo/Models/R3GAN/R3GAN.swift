import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// R3GAN (Huang et al. 2024, "The GAN is dead; long live the GAN!"): the
/// relativistic pairing loss, each real image paired with a generated one,
/// D minimizing `softplus(D(fake) − D(real)) + γ/2 (R1 + R2)` and G minimizing
/// `softplus(D(real) − D(fake))`, R1 and R2 the squared input-gradient norms
/// of D at the real and the generated images, every step. Both batches go
/// through D in one pass. γ follows the schedule of `gamma(at:)`.
public final class R3GAN: GANModel {
    public let generatorNetwork: any LayerModule
    public let discriminatorNetwork: any LayerModule
    public let latentDimension: Int
    /// γ at a step.
    let gamma: (Int) -> Float

    public var generator: Module { generatorNetwork }
    public var discriminator: Module { discriminatorNetwork }

    init(generator: any LayerModule, discriminator: any LayerModule, latentDimension: Int, gamma: @escaping (Int) -> Float) {
        (generatorNetwork, discriminatorNetwork, self.latentDimension, self.gamma) = (generator, discriminator, latentDimension, gamma)
    }

    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        Latent(z: Tensor(random.normal([count, latentDimension])))
    }

    public func generate(_ latent: Latent, with network: Module) -> Tensor {
        guard let layer = network as? any Layer else { preconditionFailure("R3GAN: the generator network is not a Layer") }
        return layer(latent.z)
    }

    /// The scores of `real` and `fake` from one pass of D over both.
    func scores(real: Tensor, fake: Tensor) -> (real: Tensor, fake: Tensor) {
        let n = real.shape[0]
        let both = discriminatorNetwork(Tensor.concat([real, fake], axis: 0))
        return (both.slice(axis: 0, start: 0, end: n), both.slice(axis: 0, start: n, end: both.shape[0]))
    }

    /// The relativistic pairing loss of the side whose scores are `mine` against the other side's, `mean softplus(other − mine)`.
    static func pairingLoss(_ mine: Tensor, against other: Tensor) -> Tensor {
        (other - mine).softplus().mean()
    }

    public func discriminatorLoss(real: Batch, fake: Tensor, fakeLatent: Latent, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let x = Tensor(real.images, requiresGrad: true), y = Tensor(fake.value, requiresGrad: true)
        let (realScores, fakeScores) = scores(real: x, fake: y)
        let loss = Self.pairingLoss(realScores, against: fakeScores)
        let inputGradients = gradients(of: realScores.sum() + fakeScores.sum(), wrt: [x, y], createGraph: true)
        let (r1, r2) = (inputGradients[0].flatten().square().sum(axes: [1]).mean(), inputGradients[1].flatten().square().sum(axes: [1]).mean())
        let weight = gamma(step)
        return PhaseResult(loss: loss + (r1 + r2) * (weight / 2), metrics: [
            "pairing_d": loss.scalarValue, "r1": r1.scalarValue, "r2": r2.scalarValue, "gamma": weight,
            "d_real": realScores.mean().scalarValue, "d_fake": fakeScores.mean().scalarValue,
        ])
    }

    public func generatorLoss(count: Int, real: Batch, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let fake = generate(sampleLatent(count: count, random: &random), with: generatorNetwork)
        let (realScores, fakeScores) = scores(real: Tensor(real.images), fake: fake)
        return PhaseResult(loss: Self.pairingLoss(fakeScores, against: realScores))
    }
}
