import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// The BigGAN family as one model: ResNet players with self-attention and
/// spectral norm (SAGAN), class-conditional BatchNorm from a shared embedding
/// with a hierarchical latent, a projection discriminator and orthogonal
/// regularization (BigGAN), the rotation task of SS-GAN (D predicts the
/// rotation of real images, G is asked for samples whose rotation D can
/// tell), and S3GAN's classifier head, trained on the labeled share of real
/// batches (label -1: unlabeled), whose predictions label the rest for the projection.
public final class BigGAN: GANModel {
    let generatorNetwork: BigGANGenerator
    let discriminatorNetwork: BigGANDiscriminator
    public let latentDimension: Int
    /// The classes of a class-conditional model.
    public let classCount: Int?
    public let loss: AdversarialLoss
    /// β of the generator's orthogonal regularization (0: none).
    public let orthogonalWeight: Float
    /// The rotation task's weights in D's loss (on real images) and G's (on its samples); nil: no rotation task.
    public let rotationWeights: (discriminator: Float, generator: Float)?
    /// Differentiable augmentation of every image D scores as real or fake (not of the rotation task's inputs).
    public let augment: DiffAugment?
    /// Whether real batches may be partly unlabeled (S3GAN): D's classifier head labels them.
    public var labelsFromClassifier: Bool { discriminatorNetwork.classifier != nil }

    public var generator: Module { generatorNetwork }
    public var discriminator: Module { discriminatorNetwork }
    public var conditioningClasses: Int? { classCount }

    init(
        generator: BigGANGenerator, discriminator: BigGANDiscriminator, loss: AdversarialLoss, orthogonalWeight: Float = 0,
        rotationWeights: (discriminator: Float, generator: Float)? = nil, augment: DiffAugment? = nil
    ) {
        precondition(generator.classes == discriminator.classes, "BigGAN: the generator's classes \(String(describing: generator.classes)) and the discriminator's differ")
        precondition(rotationWeights == nil || discriminator.rotation != nil, "BigGAN: the rotation task needs a discriminator with a rotation head")
        precondition(loss != .relativisticAverage, "BigGAN: the relativistic loss is not supported")
        (generatorNetwork, discriminatorNetwork, latentDimension, classCount) = (generator, discriminator, generator.latentDimension, generator.classes)
        (self.loss, self.orthogonalWeight, self.rotationWeights, self.augment) = (loss, orthogonalWeight, rotationWeights, augment)
    }

    /// Normal noise, and uniform labels for a class-conditional model.
    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        let z = Tensor(random.normal([count, latentDimension]))
        return Latent(z: z, labels: classCount.map { ClassLabels.sample(count: count, classes: $0, random: &random) })
    }

    public func generate(_ latent: Latent, with network: Module) -> Tensor {
        generatorNetwork(of: network)(latent.z, labels: latent.labels)
    }

    /// The samples of `latent` and the attention weights `[N, P, P]` of the generator's attention block (nil without one).
    public func generateWithAttention(_ latent: Latent, with network: Module) -> (images: Tensor, attention: Tensor?) {
        generatorNetwork(of: network).forward(latent.z, labels: latent.labels)
    }

    private func generatorNetwork(of network: Module) -> BigGANGenerator {
        guard let generator = network as? BigGANGenerator else { preconditionFailure("BigGAN: the generator network is a \(type(of: network)), not a BigGANGenerator") }
        return generator
    }

    /// The labels the projection uses for a real batch: its own where known, the prediction of the classifier head's `classLogits` where -1.
    func projectionLabels(_ real: Batch, classLogits: Tensor?) -> [Int]? {
        guard let classCount else { return nil }
        let labels = ClassLabels.require(real, classes: classCount, model: "BigGAN", allowUnlabeled: labelsFromClassifier)
        guard labels.contains(-1), let classLogits else { return labels }
        return zip(labels, ClassLabels.predictions(classLogits)).map { $0 >= 0 ? $0 : $1 }
    }

    /// `images` as D scores them: augmented when the model augments.
    func scored(_ images: Tensor, random: inout RandomGenerator) -> Tensor {
        augment.map { $0(images, generator: &random) } ?? images
    }

    /// The features of several batches from one pass of D, split back.
    func features(_ batches: [Tensor]) -> [Tensor] {
        let all = discriminatorNetwork.features(batches.count == 1 ? batches[0] : Tensor.concat(batches, axis: 0))
        var start = 0
        return batches.map { batch in
            defer { start += batch.shape[0] }
            return all.slice(axis: 0, start: start, end: start + batch.shape[0])
        }
    }

    public func discriminatorLoss(real: Batch, fake: Tensor, fakeLatent: Latent, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let realImages = Tensor(real.images)
        let rotated = rotationWeights.map { _ in RotationTask.rotatedQuarters(realImages) }
        let scoredImages = [scored(realImages, random: &random), scored(fake, random: &random)]
        let h = features(scoredImages + (rotated.map { [$0.images] } ?? []))
        let realClassLogits = labelsFromClassifier ? discriminatorNetwork.classLogits(h[0]) : nil
        let realScores = discriminatorNetwork.score(h[0], labels: projectionLabels(real, classLogits: realClassLogits))
        let fakeScores = discriminatorNetwork.score(h[1], labels: fakeLatent.labels)
        let adversarial = loss.discriminatorLoss(real: realScores, fake: fakeScores)
        var total = adversarial
        var metrics = ["d_adversarial": adversarial.scalarValue, "d_real": realScores.value.mean().scalarValue, "d_fake": fakeScores.value.mean().scalarValue]
        if let rotated, let weight = rotationWeights?.discriminator {
            let logits = discriminatorNetwork.rotationLogits(h[2])
            let term = RotationTask.loss(logits: logits, rotations: rotated.rotations)
            total = total + term * weight
            metrics["rotation_real"] = term.scalarValue
            metrics["rotation_accuracy"] = ClassLabels.accuracy(logits: logits, labels: rotated.rotations)
        }
        if let realClassLogits, let labels = real.labels,
           let term = ClassLabels.supervisedTerm(labels, logits: { realClassLogits.indexSelect(axis: 0, $0) }) {
            total = total + term.loss
            metrics["classifier"] = term.loss.scalarValue
            metrics["classifier_accuracy"] = term.accuracy
        }
        return PhaseResult(loss: total, metrics: metrics)
    }

    public func generatorLoss(count: Int, real: Batch, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let latent = sampleLatent(count: count, random: &random)
        let fake = generate(latent, with: generatorNetwork)
        let rotated = rotationWeights.map { _ in RotationTask.rotatedQuarters(fake) }
        let h = features([scored(fake, random: &random)] + (rotated.map { [$0.images] } ?? []))
        var total = loss.generatorLoss(fake: discriminatorNetwork.score(h[0], labels: latent.labels))
        var metrics: [String: Float] = [:]
        if let rotated, let weight = rotationWeights?.generator {
            let term = RotationTask.loss(logits: discriminatorNetwork.rotationLogits(h[1]), rotations: rotated.rotations)
            total = total + term * weight
            metrics["rotation_fake"] = term.scalarValue
        }
        if orthogonalWeight > 0 {
            let term = OrthogonalRegularization.penalty(orthogonalWeights)
            total = total + term * orthogonalWeight
            metrics["orthogonal"] = term.scalarValue
        }
        return PhaseResult(loss: total, metrics: metrics)
    }

    /// The generator weights BigGAN regularizes: every parameter of rank 2 or more except the shared embedding.
    var orthogonalWeights: [Tensor] {
        generatorNetwork.namedParameters().filter { $0.1.value.rank >= 2 && !$0.0.hasPrefix("shared.") }.map { $0.1.tensor }
    }
}
