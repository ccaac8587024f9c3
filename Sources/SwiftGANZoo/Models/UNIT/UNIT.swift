import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// UNIT (Liu, Breuel and Kautz 2017): two VAE-GANs whose encoders and
/// generators share their inner layers, so that an image of either domain
/// and its translation have one code. A code is the encoder's output plus
/// unit Gaussian noise (the paper's VAE with fixed variance, its KL term
/// `mean(μ²)`). Each step the generator learns to reconstruct both domains
/// from their codes, to fool each domain's discriminator with the other's
/// translations, and to come back through the other domain (the cycle
/// terms, with their own KL); then the discriminators learn on real images
/// and the step's translations. Translation decodes the code's mean.
public final class UNIT: CoupledTranslator {
    public let preview: TranslationPreview
    public let generator: CoupledAutoencoders
    public let discriminatorA: any LayerModule, discriminatorB: any LayerModule
    public let loss: AdversarialLoss
    public let weights: UNITWeights
    /// The step's translations (constants) from the generator's phase for the discriminators'.
    private var translations: (toA: NDArray, toB: NDArray)?

    public init(preview: TranslationPreview, generator: CoupledAutoencoders, discriminators: (a: any LayerModule, b: any LayerModule), loss: AdversarialLoss, weights: UNITWeights) {
        (self.preview, self.generator, discriminatorA, discriminatorB) = (preview, generator, discriminators.a, discriminators.b)
        (self.loss, self.weights) = (loss, weights)
    }

    /// `code` plus unit Gaussian noise drawn from `random`.
    private func sampled(_ code: Tensor, random: inout RandomGenerator) -> Tensor {
        code + Tensor(random.normal(code.shape))
    }

    /// The generator's loss on real `a` and `b`, its terms, and the translations (constants).
    public func generatorLoss(a: Tensor, b: Tensor, random: inout RandomGenerator) -> (total: Tensor, terms: [String: Float], toA: NDArray, toB: NDArray) {
        let codeA = generator.encode(a, domain: 0), codeB = generator.encode(b, domain: 1)
        let zA = sampled(codeA, random: &random), zB = sampled(codeB, random: &random)
        let reconstruction = (generator.decode(zA, domain: 0) - a).abs().mean() + (generator.decode(zB, domain: 1) - b).abs().mean()
        let toB = generator.decode(zA, domain: 1), toA = generator.decode(zB, domain: 0)
        let codeBackA = generator.encode(toB, domain: 1), codeBackB = generator.encode(toA, domain: 0)
        let cycle = (generator.decode(sampled(codeBackA, random: &random), domain: 0) - a).abs().mean()
            + (generator.decode(sampled(codeBackB, random: &random), domain: 1) - b).abs().mean()
        let kl = codeA.square().mean() + codeB.square().mean(), klCycle = codeBackA.square().mean() + codeBackB.square().mean()
        let adversarial = loss.translatorGeneratorTerm(discriminatorA(toA)) + loss.translatorGeneratorTerm(discriminatorB(toB))
        let total = adversarial * weights.adversarial + reconstruction * weights.reconstruction + kl * weights.kl
            + cycle * weights.cycle + klCycle * weights.klCycle
        let terms = [
            "adversarial": adversarial.scalarValue, "reconstruction": reconstruction.scalarValue, "kl": kl.scalarValue,
            "cycle": cycle.scalarValue, "kl_cycle": klCycle.scalarValue,
        ]
        return (total, terms, toA.value, toB.value)
    }

    /// The discriminators' loss on real `a` and `b` and translations into each domain.
    public func discriminatorLoss(a: Tensor, b: Tensor, toA: Tensor, toB: Tensor) -> Tensor {
        loss.discriminatorLoss(real: discriminatorA(a), fake: discriminatorA(toA)) + loss.discriminatorLoss(real: discriminatorB(b), fake: discriminatorB(toB))
    }

    var phases: [Phase] {
        let g = Phase(name: "generator", updates: ["generator"]) { [unowned self] context in
            let (a, b) = try PairedTranslator.pair(context)
            let result = generatorLoss(a: a, b: b, random: &context.random)
            translations = (result.toA, result.toB)
            return PhaseResult(loss: result.total, metrics: result.terms)
        }
        let d = Phase(name: "discriminators", updates: ["discriminator_a", "discriminator_b"], batch: .latest) { [unowned self] context in
            let (a, b) = try PairedTranslator.pair(context)
            let fakes = translations ?? withoutGrad { (generator.translate(b, from: 1, to: 0).value, generator.translate(a, from: 0, to: 1).value) }
            translations = nil
            return PhaseResult(loss: discriminatorLoss(a: a, b: b, toA: Tensor(fakes.toA), toB: Tensor(fakes.toB)))
        }
        return [g, d]
    }
}
