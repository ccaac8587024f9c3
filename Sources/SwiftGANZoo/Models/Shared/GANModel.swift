import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// A two-player GAN: its generator and discriminator (the players
/// `generator` and `discriminator`), how to sample and generate, and the
/// losses of its two phases (`AdversarialTraining` turns them into the
/// trainer's phases). GAN, DCGAN, WGAN-GP, CGAN, ACGAN, InfoGAN, the
/// semi-supervised GAN and BEGAN are configurations or implementations of it.
public protocol GANModel: LatentModel {
    /// The generator (its parameters are trained in the G phase).
    var generator: Module { get }
    /// The discriminator or critic (trained in the D phases).
    var discriminator: Module { get }
    /// How many classes a sample can be asked for (conditional models; InfoGAN's
    /// categorical code), or nil for unconditional models.
    var conditioningClasses: Int? { get }
    /// Samples from the latent, with the given generator network (the trained one or its moving average).
    func generate(_ latent: Latent, with network: Module) -> Tensor
    /// The discriminator's main loss on a real batch and generated samples (constants)
    /// made from `fakeLatent` (whose labels or codes conditional models need).
    func discriminatorLoss(real: Batch, fake: Tensor, fakeLatent: Latent, step: Int, random: inout RandomGenerator) -> PhaseResult
    /// The discriminator's regularization (a gradient penalty), or nil when the model has none.
    func discriminatorRegularization(real: Batch, fake: Tensor, random: inout RandomGenerator) -> PhaseResult?
    /// The generator's loss for a batch of `count` samples (`real` for losses that need it).
    func generatorLoss(count: Int, real: Batch, step: Int, random: inout RandomGenerator) -> PhaseResult
    /// Called after each discriminator update (WGAN's weight clipping).
    func afterDiscriminatorUpdate()
}

extension GANModel {
    public var conditioningClasses: Int? { nil }
    public func discriminatorRegularization(real: Batch, fake: Tensor, random: inout RandomGenerator) -> PhaseResult? { nil }
    public func afterDiscriminatorUpdate() {}

    /// The samples of a latent request from the `generator` network.
    public func infer(_ request: InferenceRequest, networks: [String: Module]) -> Tensor {
        guard case .latent(let latent) = request else { preconditionFailure("\(Self.self): inference takes a latent, got \(request)") }
        guard let network = networks["generator"] else { preconditionFailure("\(Self.self): no generator among the networks \(networks.keys.sorted())") }
        return generate(latent, with: network)
    }
}
