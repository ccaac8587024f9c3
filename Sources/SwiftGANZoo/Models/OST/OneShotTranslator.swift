import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// OST, one-shot unsupervised translation (Benaim and Wolf 2018): domain A
/// is many images, domain B one. Phase I (`phaseOneSteps`) trains A's
/// variational autoencoder (its own outer layers and the shared inner
/// ones, L1 reconstruction, KL of the code with unit variance, least
/// squares against A's discriminator). Phase II starts B's outer layers as
/// copies of A's and trains them alone (selective backpropagation: A's and
/// the shared layers keep what phase I learned) on random translations of
/// the one B image: its reconstruction and KL, both cycles (A to B to A,
/// B to A to B, L1), and least squares against B's discriminator, which
/// learns the augmented B image as real and translations from A as fake.
/// A to B encodes with A's layers and decodes with B's.
public final class OneShotTranslator: TranslationModel {
    public let preview: TranslationPreview
    public let shared: SharedLatentBlocks
    public let coderA: DomainAutoencoder, coderB: DomainAutoencoder
    public let discriminatorA: any LayerModule, discriminatorB: any LayerModule
    /// The one image of domain B, `[1, C, H, W]` in [-1, 1].
    public let example: NDArray
    public let phaseOneSteps: Int
    public let weights: (reconstruction: Float, kl: Float, cycle: Float)
    let augment = DiffAugment([.translation])

    public init(
        preview: TranslationPreview, shared: SharedLatentBlocks, coders: (a: DomainAutoencoder, b: DomainAutoencoder),
        discriminators: (a: any LayerModule, b: any LayerModule), example: NDArray, phaseOneSteps: Int, weights: (reconstruction: Float, kl: Float, cycle: Float)
    ) {
        (self.preview, self.shared, coderA, coderB, discriminatorA, discriminatorB) = (preview, shared, coders.a, coders.b, discriminators.a, discriminators.b)
        (self.example, self.phaseOneSteps, self.weights) = (example, phaseOneSteps, weights)
    }

    public func translate(_ images: Tensor, networks: [String: Module]) -> Tensor {
        guard let shared = networks["shared"] as? SharedLatentBlocks, let a = networks["coder_a"] as? DomainAutoencoder, let b = networks["coder_b"] as? DomainAutoencoder else {
            preconditionFailure("OST: no shared blocks and coders among \(networks.keys.sorted())")
        }
        return Self.decode(Self.encode(images, a, shared), b, shared)
    }

    static func encode(_ x: Tensor, _ coder: DomainAutoencoder, _ shared: SharedLatentBlocks) -> Tensor { shared.encoder(coder.encoder(x)) }
    static func decode(_ z: Tensor, _ coder: DomainAutoencoder, _ shared: SharedLatentBlocks) -> Tensor { coder.decoder(shared.decoder(z)) }

    /// `code` plus unit Gaussian noise.
    private func sampled(_ code: Tensor, _ random: inout RandomGenerator) -> Tensor { code + Tensor(random.normal(code.shape)) }

    /// Reconstruction (L1) and KL terms of `x` through `coder`.
    private func autoencoding(_ x: Tensor, _ coder: DomainAutoencoder, _ random: inout RandomGenerator) -> (reconstruction: Tensor, kl: Tensor, output: Tensor) {
        let code = Self.encode(x, coder, shared)
        let output = Self.decode(sampled(code, &random), coder, shared)
        return ((output - x).abs().mean(), code.square().mean(), output)
    }

    /// `count` random translations of the B image.
    func examples(_ count: Int, _ random: inout RandomGenerator) -> Tensor {
        augment(Tensor(NDArray.concatenate([NDArray](repeating: example, count: count), axis: 0)), generator: &random)
    }

    /// Phase I: A's autoencoder against A's discriminator.
    public func phaseOneLoss(_ a: Tensor, random: inout RandomGenerator) -> (total: Tensor, terms: [String: Float]) {
        let (reconstruction, kl, output) = autoencoding(a, coderA, &random)
        let adversarial = (discriminatorA(output) - 1).square().mean()
        return (reconstruction * weights.reconstruction + kl * weights.kl + adversarial, ["reconstruction_a": reconstruction.scalarValue, "kl_a": kl.scalarValue, "adversarial": adversarial.scalarValue])
    }

    /// Phase II: B's layers on the augmented B image and on translations of `a`.
    public func phaseTwoLoss(_ a: Tensor, random: inout RandomGenerator) -> (total: Tensor, terms: [String: Float], translations: NDArray, examples: NDArray) {
        let b = examples(a.shape[0], &random)
        let (reconstruction, kl, _) = autoencoding(b, coderB, &random)
        let toB = Self.decode(sampled(Self.encode(a, coderA, shared), &random), coderB, shared)
        let cycleA = (Self.decode(Self.encode(toB, coderB, shared), coderA, shared) - a).abs().mean()
        let toA = Self.decode(Self.encode(b, coderB, shared), coderA, shared)
        let cycleB = (Self.decode(Self.encode(toA, coderA, shared), coderB, shared) - b).abs().mean()
        let adversarial = (discriminatorB(toB) - 1).square().mean()
        let total = reconstruction * weights.reconstruction + kl * weights.kl + (cycleA + cycleB) * weights.cycle + adversarial
        let terms = ["reconstruction_b": reconstruction.scalarValue, "kl_b": kl.scalarValue, "cycle_a": cycleA.scalarValue, "cycle_b": cycleB.scalarValue, "adversarial": adversarial.scalarValue]
        return (total, terms, toB.value, b.value)
    }

    var phases: [Phase] {
        let one = 0..<phaseOneSteps, two = phaseOneSteps..<Int.max
        let autoencoderA = Phase(name: "autoencoder_a", updates: ["coder_a", "shared"], activeSteps: one) { [unowned self] context in
            let result = phaseOneLoss(Tensor(context.real.images), random: &context.random)
            return PhaseResult(loss: result.total, metrics: result.terms)
        }
        let criticA = Phase(name: "discriminator_a", updates: ["discriminator_a"], activeSteps: one, batch: .latest) { [unowned self] context in
            let a = Tensor(context.real.images)
            let output = withoutGrad { Self.decode(sampled(Self.encode(a, coderA, shared), &context.random), coderA, shared) }
            return PhaseResult(loss: (discriminatorA(a) - 1).square().mean() + discriminatorA(output).square().mean())
        }
        let autoencoderB = Phase(name: "autoencoder_b", updates: ["coder_b"], activeSteps: two) { [unowned self] context in
            if context.step == phaseOneSteps { try coderB.load(coderA.stateDict()) }
            let result = phaseTwoLoss(Tensor(context.real.images), random: &context.random)
            return PhaseResult(loss: result.total, metrics: result.terms)
        }
        let criticB = Phase(name: "discriminator_b", updates: ["discriminator_b"], activeSteps: two, batch: .latest) { [unowned self] context in
            let a = Tensor(context.real.images)
            let toB = withoutGrad { Self.decode(Self.encode(a, coderA, shared), coderB, shared) }
            let b = examples(a.shape[0], &context.random)
            return PhaseResult(loss: (discriminatorB(b) - 1).square().mean() + discriminatorB(toB).square().mean())
        }
        return [autoencoderA, criticA, autoencoderB, criticB]
    }
}
