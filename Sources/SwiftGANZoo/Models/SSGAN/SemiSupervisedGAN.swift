import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// The semi-supervised GAN of Salimans et al. (2016) and Odena (2016): the
/// discriminator is a `classCount`-class classifier whose real/fake decision is
/// D(x) = Z / (Z + 1), Z = Σ exp(logits), so its adversarial logit is the
/// logsumexp of the class logits. D minimizes the cross-entropy on the labeled
/// part of real batches (label -1: unlabeled) plus the unsupervised loss on all
/// real and fake samples; G minimizes the non-saturating loss.
public final class SemiSupervisedGAN: GANModel {
    /// `[N, latentDimension] -> samples`.
    public let generatorNetwork: any LayerModule
    /// `samples -> [N, classCount]` class logits.
    public let discriminatorNetwork: any LayerModule
    public let latentDimension: Int
    public let classCount: Int
    /// The weight of the unsupervised terms.
    public let unsupervisedWeight: Float

    public var generator: Module { generatorNetwork }
    public var discriminator: Module { discriminatorNetwork }

    public init(generator: any LayerModule, discriminator: any LayerModule, latentDimension: Int, classCount: Int, unsupervisedWeight: Float = 1) {
        precondition(latentDimension > 0, "SemiSupervisedGAN: latentDimension must be positive, got \(latentDimension)")
        precondition(classCount > 1, "SemiSupervisedGAN: classCount must be at least 2, got \(classCount)")
        (generatorNetwork, discriminatorNetwork, self.latentDimension) = (generator, discriminator, latentDimension)
        (self.classCount, self.unsupervisedWeight) = (classCount, unsupervisedWeight)
    }

    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        Latent(z: Tensor(random.normal([count, latentDimension])))
    }

    public func generate(_ latent: Latent, with network: Module) -> Tensor {
        guard let layer = network as? any Layer else { preconditionFailure("SemiSupervisedGAN: the generator network is not a Layer") }
        return layer(latent.z)
    }

    /// The class logits `[N, classCount]` of `x`.
    public func classLogits(_ x: Tensor) -> Tensor {
        let logits = discriminatorNetwork(x)
        precondition(logits.shape == [x.shape[0], classCount], "SemiSupervisedGAN: the discriminator gives \(logits.shape), expected [N, \(classCount)]; build it with outputs: classCount")
        return logits
    }

    /// The real/fake logit `log Z` (`[N, 1]`) of class logits.
    public static func adversarialLogit(_ logits: Tensor) -> Tensor {
        logits.logSumExp(axes: [1], keepDims: true)
    }

    /// The predicted class of each sample.
    public func classify(_ x: Tensor) -> [Int] {
        withoutGrad { ClassLabels.predictions(classLogits(x)) }
    }

    public func discriminatorLoss(real: Batch, fake: Tensor, fakeLatent: Latent, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let labels = ClassLabels.require(real, classes: classCount, model: "SemiSupervisedGAN", allowUnlabeled: true)
        let realLogits = classLogits(Tensor(real.images))
        let fakeLogits = classLogits(fake)
        let unsupervised = AdversarialLoss.nonSaturating.discriminatorLoss(real: Self.adversarialLogit(realLogits), fake: Self.adversarialLogit(fakeLogits))
        let labeled = labels.filter { $0 >= 0 }.count
        var metrics = ["unsupervised": unsupervised.scalarValue, "labeled_fraction": Float(labeled) / Float(max(labels.count, 1))]
        var total = unsupervised * unsupervisedWeight
        if let supervised = ClassLabels.supervisedTerm(labels, logits: { realLogits.indexSelect(axis: 0, $0) }) {
            total = total + supervised.loss
            metrics["supervised"] = supervised.loss.scalarValue
            metrics["accuracy_labeled"] = supervised.accuracy
        }
        return PhaseResult(loss: total, metrics: metrics)
    }

    public func generatorLoss(count: Int, real: Batch, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let fake = generate(sampleLatent(count: count, random: &random), with: generatorNetwork)
        return PhaseResult(loss: AdversarialLoss.nonSaturating.generatorLoss(fake: Self.adversarialLogit(classLogits(fake))))
    }
}
