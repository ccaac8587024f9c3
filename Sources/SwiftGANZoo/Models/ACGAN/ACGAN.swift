import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// The auxiliary classifier GAN of Odena et al.: a conditional generator (noise
/// with the one-hot label appended) and an unconditional discriminator with
/// `1 + classCount` outputs, the adversarial logit then the class logits.
/// D minimizes adversarial + cross-entropy on real and on fake labels; G
/// minimizes adversarial + cross-entropy of its samples' labels. Needs labeled
/// batches; fake labels are those of the latest `generate` with the model's generator.
public final class ACGAN: GANModel {
    /// `[N, latentDimension + classCount] -> samples`.
    public let generatorNetwork: any LayerModule
    /// `samples -> [N, 1 + classCount]` logits.
    public let discriminatorNetwork: any LayerModule
    public let latentDimension: Int
    public let classCount: Int
    public let loss: AdversarialLoss
    /// The weight of the classification terms.
    public let classWeight: Float

    public var generator: Module { generatorNetwork }
    public var conditioningClasses: Int? { classCount }
    public var discriminator: Module { discriminatorNetwork }

    public init(
        generator: any LayerModule, discriminator: any LayerModule, latentDimension: Int, classCount: Int,
        loss: AdversarialLoss = .nonSaturating, classWeight: Float = 1
    ) {
        precondition(latentDimension > 0, "ACGAN: latentDimension must be positive, got \(latentDimension)")
        precondition(classCount > 1, "ACGAN: classCount must be at least 2, got \(classCount)")
        precondition(loss != .relativisticAverage, "ACGAN: the relativistic loss is not supported; choose another AdversarialLoss")
        (generatorNetwork, discriminatorNetwork, self.latentDimension, self.classCount) = (generator, discriminator, latentDimension, classCount)
        (self.loss, self.classWeight) = (loss, classWeight)
    }

    /// Normal noise and uniform labels.
    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        Latent(z: Tensor(random.normal([count, latentDimension])), labels: ClassLabels.sample(count: count, classes: classCount, random: &random))
    }

    public func generate(_ latent: Latent, with network: Module) -> Tensor {
        guard let layer = network as? any Layer else { preconditionFailure("ACGAN: the generator network is not a Layer") }
        guard let labels = latent.labels else { preconditionFailure("ACGAN: the latent has no labels; make it with sampleLatent or give Latent(z:labels:)") }
        return layer(ClassLabels.append(labels, classes: classCount, to: latent.z))
    }

    /// The discriminator's outputs split: adversarial logits `[N, 1]` and class logits `[N, classCount]`.
    public func discriminate(_ x: Tensor) -> (adversarial: Tensor, classes: Tensor) {
        let output = discriminatorNetwork(x)
        precondition(output.shape == [x.shape[0], 1 + classCount], "ACGAN: the discriminator gives \(output.shape), expected [N, \(1 + classCount)]; build it with outputs: 1 + classCount")
        return (output.slice(axis: 1, start: 0, end: 1), output.slice(axis: 1, start: 1, end: 1 + classCount))
    }

    /// The predicted class of each sample.
    public func classify(_ x: Tensor) -> [Int] {
        withoutGrad { ClassLabels.predictions(discriminate(x).classes) }
    }

    public func discriminatorLoss(real: Batch, fake: Tensor, fakeLatent: Latent, step: Int, random: inout RandomGenerator) -> PhaseResult {
        discriminatorLoss(real: real, fake: fake, fakeLabels: ClassLabels.of(fakeLatent, count: fake.shape[0], model: "ACGAN"))
    }

    /// The discriminator's loss with the fake samples' labels given.
    public func discriminatorLoss(real: Batch, fake: Tensor, fakeLabels: [Int]) -> PhaseResult {
        let labels = ClassLabels.require(real, classes: classCount, model: "ACGAN")
        let realOutput = discriminate(Tensor(real.images))
        let fakeOutput = discriminate(fake)
        let adversarial = loss.discriminatorLoss(real: realOutput.adversarial, fake: fakeOutput.adversarial)
        let realClass = ClassLabels.crossEntropy(logits: realOutput.classes, labels: labels)
        let fakeClass = ClassLabels.crossEntropy(logits: fakeOutput.classes, labels: fakeLabels)
        return PhaseResult(loss: adversarial + (realClass + fakeClass) * classWeight, metrics: [
            "d_adversarial": adversarial.scalarValue, "class_real": realClass.scalarValue, "class_fake": fakeClass.scalarValue,
            "accuracy_real": ClassLabels.accuracy(logits: realOutput.classes, labels: labels),
        ])
    }

    public func generatorLoss(count: Int, real: Batch, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let latent = sampleLatent(count: count, random: &random)
        let output = discriminate(generate(latent, with: generatorNetwork))
        let classTerm = ClassLabels.crossEntropy(logits: output.classes, labels: latent.labels!)
        return PhaseResult(loss: loss.generatorLoss(fake: output.adversarial) + classTerm * classWeight, metrics: ["g_class": classTerm.scalarValue])
    }
}
