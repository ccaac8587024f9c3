import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// BEGAN (Berthelot et al. 2017): the discriminator is an autoencoder with
/// reconstruction loss `L(v) = mean |v - D(v)|`; D minimizes `L(x) - k_t · L(G(z))`,
/// G minimizes `L(G(z))`, and after each D update
/// `k_{t+1} = clamp(k_t + λ_k (γ L(x) - L(G(z))), 0, 1)`. Reports `k` and the
/// convergence measure `M = L(x) + |γ L(x) - L(G(z))|`.
public final class BEGAN: GANModel {
    public let generatorNetwork: any LayerModule
    /// The autoencoder and `k` (saved with the discriminator's state).
    public let discriminatorNetwork: BEGANDiscriminator
    public let latentDimension: Int
    /// The diversity ratio γ = E[L(G(z))] / E[L(x)] aimed at.
    public let gamma: Float
    /// The learning rate λ_k of `k`.
    public let kLearningRate: Float
    /// `(L(x), L(G(z)))` of the last D loss, consumed by the next `afterDiscriminatorUpdate()`.
    private var pending: (real: Float, fake: Float)?

    public var generator: Module { generatorNetwork }
    public var discriminator: Module { discriminatorNetwork }

    public init(
        generator: any LayerModule, discriminator: BEGANDiscriminator, latentDimension: Int,
        gamma: Float = 0.5, kLearningRate: Float = 0.001
    ) {
        precondition(latentDimension > 0, "BEGAN: latentDimension must be positive, got \(latentDimension)")
        precondition(gamma > 0 && gamma <= 1, "BEGAN: gamma \(gamma) must be in (0, 1]")
        (generatorNetwork, discriminatorNetwork, self.latentDimension) = (generator, discriminator, latentDimension)
        (self.gamma, self.kLearningRate) = (gamma, kLearningRate)
    }

    /// `k_t`.
    public var k: Float { discriminatorNetwork.kValue }

    /// The convergence measure `M = L(x) + |γ L(x) - L(G(z))|`.
    public func convergence(realLoss: Float, fakeLoss: Float) -> Float {
        realLoss + abs(gamma * realLoss - fakeLoss)
    }

    /// `clamp(k + λ_k (γ L(x) - L(G(z))), 0, 1)`.
    public func nextK(after k: Float, realLoss: Float, fakeLoss: Float) -> Float {
        min(1, max(0, k + kLearningRate * (gamma * realLoss - fakeLoss)))
    }

    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        Latent(z: Tensor(random.uniform([count, latentDimension], low: -1, high: 1)))
    }

    public func generate(_ latent: Latent, with network: Module) -> Tensor {
        guard let layer = network as? any Layer else { preconditionFailure("BEGAN: the generator network is not a Layer") }
        return layer(latent.z)
    }

    public func discriminatorLoss(real: Batch, fake: Tensor, fakeLatent: Latent, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let realLoss = discriminatorNetwork.reconstructionLoss(Tensor(real.images))
        let fakeLoss = discriminatorNetwork.reconstructionLoss(fake.detached())
        let (r, f) = (realLoss.scalarValue, fakeLoss.scalarValue)
        pending = (r, f)
        return PhaseResult(loss: realLoss - fakeLoss * k, metrics: [
            "k": k, "convergence": convergence(realLoss: r, fakeLoss: f), "recon_real": r, "recon_fake": f,
        ])
    }

    public func generatorLoss(count: Int, real: Batch, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let fake = generate(sampleLatent(count: count, random: &random), with: generatorNetwork)
        return PhaseResult(loss: discriminatorNetwork.reconstructionLoss(fake))
    }

    /// Updates `k` once with the reconstruction losses of the D loss just minimized.
    public func afterDiscriminatorUpdate() {
        guard let (r, f) = pending else { return }
        pending = nil
        discriminatorNetwork.kValue = nextK(after: k, realLoss: r, fakeLoss: f)
    }
}
