import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// InfoGAN (Chen et al.): the generator takes noise, `continuousCodes` codes
/// uniform in [-1, 1] and one categorical code of `categories` values (one-hot);
/// the discriminator has `1 + categories + continuousCodes` outputs: the
/// adversarial logit, then Q's categorical logits and continuous means (Q shares
/// D's body). The mutual-information loss `infoWeight * (CE + continuousWeight *
/// MSE)` (a Gaussian of fixed std for the continuous codes) is added to both
/// players' losses. A latent's `z` is `[N, noiseDimension + continuousCodes]`
/// (noise, then the continuous codes) and its `labels` the categorical code.
public final class InfoGAN: GANModel {
    /// `[N, noiseDimension + continuousCodes + categories] -> samples`.
    public let generatorNetwork: any LayerModule
    /// `samples -> [N, 1 + categories + continuousCodes]`.
    public let discriminatorNetwork: any LayerModule
    public let noiseDimension: Int
    public let categories: Int
    public let continuousCodes: Int
    public let loss: AdversarialLoss
    /// λ: the weight of the mutual-information loss.
    public let infoWeight: Float
    /// λ_cont: the weight of the continuous codes' squared error within it.
    public let continuousWeight: Float

    public var generator: Module { generatorNetwork }
    public var conditioningClasses: Int? { categories }
    public var discriminator: Module { discriminatorNetwork }

    public init(
        generator: any LayerModule, discriminator: any LayerModule, noiseDimension: Int, categories: Int, continuousCodes: Int = 0,
        loss: AdversarialLoss = .nonSaturating, infoWeight: Float = 1, continuousWeight: Float = 1
    ) {
        precondition(noiseDimension > 0, "InfoGAN: noiseDimension must be positive, got \(noiseDimension)")
        precondition(categories > 1, "InfoGAN: categories must be at least 2, got \(categories)")
        precondition(continuousCodes >= 0, "InfoGAN: continuousCodes must not be negative, got \(continuousCodes)")
        precondition(loss != .relativisticAverage, "InfoGAN: the relativistic loss is not supported; choose another AdversarialLoss")
        (generatorNetwork, discriminatorNetwork, self.noiseDimension) = (generator, discriminator, noiseDimension)
        (self.categories, self.continuousCodes, self.loss) = (categories, continuousCodes, loss)
        (self.infoWeight, self.continuousWeight) = (infoWeight, continuousWeight)
    }

    /// The generator's input width.
    public var generatorInputDimension: Int { noiseDimension + continuousCodes + categories }
    /// The discriminator's output width.
    public var discriminatorOutputDimension: Int { 1 + categories + continuousCodes }

    /// Normal noise, uniform continuous codes in [-1, 1] and a uniform category.
    public func sampleLatent(count: Int, random: inout RandomGenerator) -> Latent {
        let noise = random.normal([count, noiseDimension])
        let z = continuousCodes == 0 ? noise : NDArray.concatenate([noise, random.uniform([count, continuousCodes], low: -1, high: 1)], axis: 1)
        return Latent(z: Tensor(z), labels: ClassLabels.sample(count: count, classes: categories, random: &random))
    }

    public func generate(_ latent: Latent, with network: Module) -> Tensor {
        guard let layer = network as? any Layer else { preconditionFailure("InfoGAN: the generator network is not a Layer") }
        guard let labels = latent.labels else { preconditionFailure("InfoGAN: the latent has no categorical code (labels); make it with sampleLatent") }
        precondition(latent.z.shape == [labels.count, noiseDimension + continuousCodes], "InfoGAN: the latent's z is \(latent.z.shape), expected [N, \(noiseDimension + continuousCodes)] (noise, then the continuous codes)")
        return layer(ClassLabels.append(labels, classes: categories, to: latent.z))
    }

    /// The discriminator's outputs split: adversarial logits `[N, 1]`, categorical
    /// logits `[N, categories]`, continuous means `[N, continuousCodes]`.
    public func discriminate(_ x: Tensor) -> (adversarial: Tensor, categorical: Tensor, continuous: Tensor) {
        let output = discriminatorNetwork(x)
        precondition(output.shape == [x.shape[0], discriminatorOutputDimension], "InfoGAN: the discriminator gives \(output.shape), expected [N, \(discriminatorOutputDimension)]; build it with outputs: 1 + categories + continuousCodes")
        return (output.slice(axis: 1, start: 0, end: 1), output.slice(axis: 1, start: 1, end: 1 + categories),
                output.slice(axis: 1, start: 1 + categories, end: discriminatorOutputDimension))
    }

    /// Q's reading of `samples`: the most likely category and the continuous means `[N, continuousCodes]`.
    public func code(of samples: Tensor) -> (categories: [Int], continuous: NDArray) {
        withoutGrad {
            let output = discriminate(samples)
            return (ClassLabels.predictions(output.categorical), output.continuous.value)
        }
    }

    /// The unweighted parts of the mutual-information loss for Q's outputs on samples made from `latent`.
    public func informationTerms(categorical: Tensor, continuous: Tensor, latent: Latent) -> (categorical: Tensor, continuous: Tensor) {
        let categoricalTerm = ClassLabels.crossEntropy(logits: categorical, labels: latent.labels!)
        guard continuousCodes > 0 else { return (categoricalTerm, Tensor(scalar: 0)) }
        let codes = latent.z.detached().slice(axis: 1, start: noiseDimension, end: noiseDimension + continuousCodes)
        return (categoricalTerm, (continuous - codes).square().mean())
    }

    private func information(_ output: (adversarial: Tensor, categorical: Tensor, continuous: Tensor), latent: Latent) -> (loss: Tensor, metrics: [String: Float]) {
        let terms = informationTerms(categorical: output.categorical, continuous: output.continuous, latent: latent)
        let value = (terms.categorical + terms.continuous * continuousWeight) * infoWeight
        return (value, [
            "info_categorical": terms.categorical.scalarValue, "info_continuous": terms.continuous.scalarValue,
            "info_accuracy": ClassLabels.accuracy(logits: output.categorical, labels: latent.labels!),
        ])
    }

    public func discriminatorLoss(real: Batch, fake: Tensor, fakeLatent: Latent, step: Int, random: inout RandomGenerator) -> PhaseResult {
        precondition(fakeLatent.z.shape[0] == fake.shape[0], "InfoGAN: \(fakeLatent.z.shape[0]) codes for \(fake.shape[0]) fake samples")
        return discriminatorLoss(real: real, fake: fake, latent: fakeLatent)
    }

    /// The discriminator's loss with the fake samples' latent given.
    public func discriminatorLoss(real: Batch, fake: Tensor, latent: Latent) -> PhaseResult {
        let realOutput = discriminate(Tensor(real.images))
        let fakeOutput = discriminate(fake)
        let adversarial = loss.discriminatorLoss(real: realOutput.adversarial, fake: fakeOutput.adversarial)
        let info = information(fakeOutput, latent: latent)
        return PhaseResult(loss: adversarial + info.loss, metrics: info.metrics.merging(["d_adversarial": adversarial.scalarValue]) { $1 })
    }

    public func generatorLoss(count: Int, real: Batch, step: Int, random: inout RandomGenerator) -> PhaseResult {
        let latent = sampleLatent(count: count, random: &random)
        let output = discriminate(generate(latent, with: generatorNetwork))
        let info = information(output, latent: latent)
        return PhaseResult(loss: loss.generatorLoss(fake: output.adversarial) + info.loss, metrics: info.metrics)
    }
}
