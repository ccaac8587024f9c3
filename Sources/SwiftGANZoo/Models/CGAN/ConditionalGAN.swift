import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// The conditional GAN of Mirza & Osindero: the generator takes noise with the
/// one-hot label appended, the discriminator its input with the label appended
/// (the one-hot code for vectors, one plane per class for images). Needs
/// labeled batches. The labels of generated samples are those of the latest
/// `generate` call with the model's generator, which the trainer makes right
/// before `discriminatorLoss`.
public final class ConditionalGAN: GANModel {
    /// `[N, latentDimension + classCount] -> samples`.
    public let generatorNetwork: any LayerModule
    /// `samples with label -> [N, 1]` logits (input `D + classCount` or `C + classCount` channels).
    public let discriminatorNetwork: any LayerModule
    public let latentDimension: Int
    public let classCount: Int
    public let loss: AdversarialLoss

    public var generator: Module { generatorNetwork }
    public var conditioningClasses: Int? { classCount }
    public var discriminator: Module { discriminatorNetwork }

    public init(generator: any LayerModule, discriminator: any LayerModule, latentDimension: Int, classCount: Int, loss: AdversarialLoss = .nonSaturating) {
        precondition(latentDimension > 0, "ConditionalGAN: latentDimension must be positive, got \(latentDimension)")
        precondition(classCount > 1, "ConditionalGAN: classCount must be at least 2, got \(classCount)")
        (generatorNetwork, discriminatorNetwork, self.latentDimension, self.classCount, self.loss) = (generator, discriminator, latentDimension, classCount, loss)
    }

    /// Normal noise and uniform labels.
    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        Latent(z: Tensor(random.normal([count, latentDimension])), labels: ClassLabels.sample(count: count, classes: classCount, random: &random))
    }

    public func generate(_ latent: Latent, with network: Module) -> Tensor {
        guard let layer = network as? any Layer else { preconditionFailure("ConditionalGAN: the generator network is not a Layer") }
        guard let labels = latent.labels else { preconditionFailure("ConditionalGAN: the latent has no labels; make it with sampleLatent or give Latent(z:labels:)") }
        return layer(ClassLabels.append(labels, classes: classCount, to: latent.z))
    }

    /// The discriminator's logits for `x` labeled `labels`.
    public func discriminate(_ x: Tensor, labels: [Int]) -> Tensor {
        discriminatorNetwork(ClassLabels.append(labels, classes: classCount, to: x))
    }

    public func discriminatorLoss(real: Batch, fake: Tensor, fakeLatent: Latent, step: Int, random: inout RandomGenerator) -> PhaseResult {
        discriminatorLoss(real: real, fake: fake, fakeLabels: ClassLabels.of(fakeLatent, count: fake.shape[0], model: "ConditionalGAN"))
    }

    /// The discriminator's loss with the fake samples' labels given.
    public func discriminatorLoss(real: Batch, fake: Tensor, fakeLabels: [Int]) -> PhaseResult {
        let labels = ClassLabels.require(real, classes: classCount, model: "ConditionalGAN")
        let realScores = discriminate(Tensor(real.images), labels: labels)
        let fakeScores = discriminate(fake, labels: fakeLabels)
        return PhaseResult(loss: loss.discriminatorLoss(real: realScores, fake: fakeScores), metrics: [
            "d_real": realScores.value.mean().scalarValue, "d_fake": fakeScores.value.mean().scalarValue,
        ])
    }

    public func generatorLoss(count: Int, real: Batch, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let latent = sampleLatent(count: count, random: &random)
        let fakeScores = discriminate(generate(latent, with: generatorNetwork), labels: latent.labels!)
        var realScores: Tensor?
        if loss == .relativisticAverage {
            let labels = ClassLabels.require(real, classes: classCount, model: "ConditionalGAN")
            realScores = withoutGrad { discriminate(Tensor(real.images), labels: labels) }
        }
        return PhaseResult(loss: loss.generatorLoss(fake: fakeScores, real: realScores))
    }
}
