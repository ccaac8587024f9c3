import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// The translators trained on paired examples (pix2pix, pix2pixHD, SPADE):
/// a generator translating A to B and a conditional discriminator (one or
/// more scales) judging (A, B) pairs patch by patch. The generator's loss
/// is the adversarial term (averaged over the scales; with least squares
/// the repositories' `(D(G(a)) - 1)^2`), plus `l1Weight` times the L1
/// distance to the paired target (pix2pix), plus `featureMatchingWeight`
/// times the L1 distance between the discriminator's activations on the
/// translated pair and on the real one, each layer weighted by
/// `featureLayerWeight` and each scale by 1 / scales (pix2pixHD, SPADE).
/// Each step updates the discriminator on the real pair and the generated
/// one (its loss halved, as pix2pix's), then the generator against the
/// updated discriminator, with the translation computed once for both.
public final class PairedTranslator: TranslationModel {
    public let preview: TranslationPreview
    public let generator: any LayerModule
    public let discriminator: MultiscaleDiscriminator
    public let loss: AdversarialLoss
    public let l1Weight: Float
    public let featureMatchingWeight: Float
    public let featureLayerWeight: Float
    /// The step's translation, recorded for the generator's phase by the discriminator's.
    private var translation: Tensor?

    public init(
        preview: TranslationPreview, generator: any LayerModule, discriminator: MultiscaleDiscriminator, loss: AdversarialLoss,
        l1Weight: Float, featureMatchingWeight: Float = 0, featureLayerWeight: Float = 1
    ) {
        (self.preview, self.generator, self.discriminator, self.loss) = (preview, generator, discriminator, loss)
        (self.l1Weight, self.featureMatchingWeight, self.featureLayerWeight) = (l1Weight, featureMatchingWeight, featureLayerWeight)
    }

    public func translate(_ images: Tensor, networks: [String: Module]) -> Tensor {
        let network = layer("generator", in: networks)
        return network.callAsFunction(images)
    }

    /// Each scale's activations and logits for inputs `a` paired with images `b`.
    func judge(_ a: Tensor, _ b: Tensor) -> [[Tensor]] {
        discriminator.features(Tensor.concat([a, b], axis: 1))
    }

    /// The discriminator's loss on a real pair and its translation (`fake`, a constant).
    public func discriminatorLoss(input a: Tensor, target b: Tensor, fake: Tensor) -> Tensor {
        let (real, generated) = (judge(a, b), judge(a, fake))
        let terms = zip(real, generated).map { loss.discriminatorLoss(real: $0.last!, fake: $1.last!) }
        return terms.dropFirst().reduce(terms[0], +) * (0.5 / Float(terms.count))
    }

    /// The generator's loss for `fake = G(a)` with its terms.
    public func generatorLoss(input a: Tensor, target b: Tensor, fake: Tensor) -> (total: Tensor, terms: [String: Float]) {
        let generated = judge(a, fake)
        let adversarialTerms = generated.map { features -> Tensor in
            let logits = features.last!
            return loss == .leastSquares ? (logits - 1).square().mean() : loss.generatorLoss(fake: logits)
        }
        var total = adversarialTerms.dropFirst().reduce(adversarialTerms[0], +) * (1 / Float(adversarialTerms.count))
        var terms: [String: Float] = [:]
        if l1Weight > 0 {
            let l1 = (fake - b).abs().mean()
            total = total + l1 * l1Weight
            terms["l1"] = l1.scalarValue
        }
        if featureMatchingWeight > 0 {
            let real = withoutGrad { judge(a, b) }
            let distances = zip(real, generated).flatMap { real, fake in zip(real.dropLast(), fake.dropLast()).map { ($1 - $0.detached()).abs().mean() } }
            let matching = distances.dropFirst().reduce(distances[0], +) * (featureLayerWeight / Float(real.count))
            total = total + matching * featureMatchingWeight
            terms["feature_matching"] = matching.scalarValue
        }
        return (total, terms)
    }

    /// The discriminator's phase, then the generator's on the same batch.
    var phases: [Phase] {
        let d = Phase(name: "discriminator", updates: ["discriminator"]) { [unowned self] context in
            let (a, b) = try Self.pair(context)
            let fake = generator(a)
            translation = fake
            return PhaseResult(loss: discriminatorLoss(input: a, target: b, fake: fake.detached()))
        }
        let g = Phase(name: "generator", updates: ["generator"], batch: .latest) { [unowned self] context in
            let (a, b) = try Self.pair(context)
            let fake = translation ?? generator(a)
            translation = nil
            let (total, terms) = generatorLoss(input: a, target: b, fake: fake)
            return PhaseResult(loss: total, metrics: terms)
        }
        return [d, g]
    }

    /// The inputs and targets of a translation batch.
    static func pair(_ context: PhaseContext) throws -> (Tensor, Tensor) {
        guard let targets = context.real.targets else { throw TrainingError(step: context.step, problem: "the batch has no targets; translators train on paired or unpaired translation data") }
        return (Tensor(context.real.images), Tensor(targets))
    }
}
