import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// StarGAN (Choi et al. 2018): one generator translating an image to any
/// domain given the target's code (each attribute group's level one-hot,
/// as planes beside the image), and one discriminator that judges patches
/// real or fake and classifies the domain. The discriminator learns the
/// Wasserstein critic with a gradient penalty (by default) and the domain
/// of real images; the generator fools it, makes its translations read as
/// their target (the classification term, weight `classificationWeight`)
/// and maps them back to the input given the input's own domain (the
/// reconstruction term, L1, weight `reconstructionWeight`). Targets are
/// the batch's own domains in a random order, as the paper draws them.
public final class StarGAN: DomainTranslationModel {
    public let preview: TranslationPreview
    public let domains: AttributeDomains
    public let generator: any LayerModule
    public let discriminator: StarGANDiscriminator
    public let loss: AdversarialLoss
    public let penalty: GradientPenalty?
    public let classificationWeight: Float, reconstructionWeight: Float
    public let criticSteps: Int

    public init(
        preview: TranslationPreview, domains: AttributeDomains, generator: any LayerModule, discriminator: StarGANDiscriminator, loss: AdversarialLoss,
        penalty: GradientPenalty?, weights: (classification: Float, reconstruction: Float), criticSteps: Int
    ) {
        (self.preview, self.domains, self.generator, self.discriminator) = (preview, domains, generator, discriminator)
        (self.loss, self.penalty, classificationWeight, reconstructionWeight, self.criticSteps) = (loss, penalty, weights.classification, weights.reconstruction, criticSteps)
    }

    public func translate(_ images: Tensor, from sources: [Int]?, to targets: [Int], networks: [String: Module]) -> Tensor {
        guard let network = networks["generator"] as? any LayerModule else { preconditionFailure("StarGAN: no generator among \(networks.keys.sorted())") }
        return Self.translate(images, to: domains.codes(targets), generator: network)
    }

    /// `images` translated by `generator` to the domains whose codes are `codes` `[N, codeLength]`.
    static func translate(_ images: Tensor, to codes: NDArray, generator: any LayerModule) -> Tensor {
        generator.callAsFunction(ClassLabels.append(code: codes, to: images))
    }

    /// The classification term: each group's mean cross-entropy of its level logits against `targets`' levels, summed over groups.
    public func classificationLoss(_ logits: Tensor, targets: [Int]) -> Tensor {
        let levels = targets.map(domains.levels)
        var offset = 0
        var total: Tensor?
        for (index, group) in domains.groups.enumerated() {
            let term = ClassLabels.crossEntropy(logits: logits.slice(axis: 1, start: offset, end: offset + group.levels), labels: levels.map { $0[index] })
            total = total.map { $0 + term } ?? term
            offset += group.levels
        }
        return total!
    }

    /// The discriminator's loss on real `x` of `own` domains and their translations to `targets`, with its terms.
    public func discriminatorLoss(_ x: Tensor, own: [Int], targets: [Int], random: inout RandomGenerator) -> (total: Tensor, terms: [String: Float]) {
        let fake = withoutGrad { Self.translate(x, to: domains.codes(targets), generator: generator) }
        let real = discriminator(x)
        let adversarial = loss.discriminatorLoss(real: real.source, fake: discriminator(fake).source)
        let classification = classificationLoss(real.levels, targets: own)
        var total = adversarial + classification * classificationWeight
        var terms = ["d_adversarial": adversarial.scalarValue, "d_classification": classification.scalarValue]
        if let penalty {
            let term = penalty({ [discriminator] in discriminator($0).source }, real: x, fake: fake, generator: &random)
            total = total + term
            terms["gradient_penalty"] = term.scalarValue
        }
        return (total, terms)
    }

    /// The generator's loss on real `x` of `own` domains translated to `targets`, with its terms.
    public func generatorLoss(_ x: Tensor, own: [Int], targets: [Int]) -> (total: Tensor, terms: [String: Float]) {
        let fake = Self.translate(x, to: domains.codes(targets), generator: generator)
        let judged = discriminator(fake)
        let adversarial = loss.generatorLoss(fake: judged.source)
        let classification = classificationLoss(judged.levels, targets: targets)
        let reconstruction = (Self.translate(fake, to: domains.codes(own), generator: generator) - x).abs().mean()
        let total = adversarial + classification * classificationWeight + reconstruction * reconstructionWeight
        return (total, ["g_adversarial": adversarial.scalarValue, "g_classification": classification.scalarValue, "reconstruction": reconstruction.scalarValue])
    }

    /// The batch's domains and a random reordering of them as targets.
    func domainsAndTargets(_ context: inout PhaseContext) -> (own: [Int], targets: [Int]) {
        let own = ClassLabels.require(context.real, classes: domains.count, model: "StarGAN")
        let order = context.random.permutation(own.count)
        return (own, order.map { own[$0] })
    }

    var phases: [Phase] {
        let d = Phase(name: "discriminator", updates: ["discriminator"], repeats: criticSteps) { [unowned self] context in
            let (own, targets) = domainsAndTargets(&context)
            let result = discriminatorLoss(Tensor(context.real.images), own: own, targets: targets, random: &context.random)
            return PhaseResult(loss: result.total, metrics: result.terms)
        }
        let g = Phase(name: "generator", updates: ["generator"], batch: .latest) { [unowned self] context in
            let (own, targets) = domainsAndTargets(&context)
            let result = generatorLoss(Tensor(context.real.images), own: own, targets: targets)
            return PhaseResult(loss: result.total, metrics: result.terms)
        }
        return [d, g]
    }
}
