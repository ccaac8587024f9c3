import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// XGAN (Royer et al. 2017): two autoencoders sharing their inner layers
/// map both domains into one embedding. Each step the encoders and decoders
/// learn to reconstruct their own domain (`reconstruction`, L1), to fool a
/// classifier of the embedding's domain (`domain_adversarial`, the
/// classifier's cross-entropy with the domains swapped), to keep an image's
/// embedding when it is translated and encoded again by the other domain's
/// encoder (semantic consistency, `semantic`, the mean absolute difference
/// of the embeddings), and to fool each domain's discriminator with the
/// other's translations; then the discriminators learn on real images and
/// the step's translations, and the domain classifier on the embeddings.
public final class XGAN: CoupledTranslator {
    public let preview: TranslationPreview
    public let generator: CoupledAutoencoders
    public let domainClassifier: EmbeddingDomainClassifier
    public let discriminatorA: any LayerModule, discriminatorB: any LayerModule
    public let loss: AdversarialLoss
    public let weights: XGANWeights
    /// The step's embeddings and translations (constants) from the generator's phase for the others'.
    private var cached: (codeA: NDArray, codeB: NDArray, toA: NDArray, toB: NDArray)?

    public init(
        preview: TranslationPreview, generator: CoupledAutoencoders, domainClassifier: EmbeddingDomainClassifier,
        discriminators: (a: any LayerModule, b: any LayerModule), loss: AdversarialLoss, weights: XGANWeights
    ) {
        (self.preview, self.generator, self.domainClassifier, discriminatorA, discriminatorB) = (preview, generator, domainClassifier, discriminators.a, discriminators.b)
        (self.loss, self.weights) = (loss, weights)
    }

    /// The domain classifier's mean cross-entropy on A's and B's codes, their domains `swapped` for the encoders' term.
    func domainLoss(codeA: Tensor, codeB: Tensor, swapped: Bool) -> Tensor {
        let (logitsA, logitsB) = (domainClassifier(codeA), domainClassifier(codeB))
        return swapped ? ((-logitsA).softplus().mean() + logitsB.softplus().mean()) : (logitsA.softplus().mean() + (-logitsB).softplus().mean())
    }

    /// The generator's loss on real `a` and `b`, its terms, and the embeddings and translations (constants).
    public func generatorLoss(a: Tensor, b: Tensor) -> (total: Tensor, terms: [String: Float], cached: (codeA: NDArray, codeB: NDArray, toA: NDArray, toB: NDArray)) {
        let codeA = generator.encode(a, domain: 0), codeB = generator.encode(b, domain: 1)
        let reconstruction = (generator.decode(codeA, domain: 0) - a).abs().mean() + (generator.decode(codeB, domain: 1) - b).abs().mean()
        let toB = generator.decode(codeA, domain: 1), toA = generator.decode(codeB, domain: 0)
        let semantic = (generator.encode(toB, domain: 1) - codeA).abs().mean() + (generator.encode(toA, domain: 0) - codeB).abs().mean()
        let domainAdversarial = domainLoss(codeA: codeA, codeB: codeB, swapped: true)
        let adversarial = loss.translatorGeneratorTerm(discriminatorA(toA)) + loss.translatorGeneratorTerm(discriminatorB(toB))
        let total = reconstruction * weights.reconstruction + domainAdversarial * weights.domainAdversarial + semantic * weights.semantic + adversarial * weights.adversarial
        let terms = [
            "reconstruction": reconstruction.scalarValue, "domain_adversarial": domainAdversarial.scalarValue,
            "semantic": semantic.scalarValue, "adversarial": adversarial.scalarValue,
        ]
        return (total, terms, (codeA.value, codeB.value, toA.value, toB.value))
    }

    var phases: [Phase] {
        let g = Phase(name: "generator", updates: ["generator"]) { [unowned self] context in
            let (a, b) = try PairedTranslator.pair(context)
            let result = generatorLoss(a: a, b: b)
            cached = result.cached
            return PhaseResult(loss: result.total, metrics: result.terms)
        }
        let d = Phase(name: "discriminators", updates: ["discriminator_a", "discriminator_b", "domain_classifier"], batch: .latest) { [unowned self] context in
            let (a, b) = try PairedTranslator.pair(context)
            let step = cached ?? withoutGrad {
                let (codeA, codeB) = (generator.encode(a, domain: 0), generator.encode(b, domain: 1))
                return (codeA.value, codeB.value, generator.decode(codeB, domain: 0).value, generator.decode(codeA, domain: 1).value)
            }
            cached = nil
            let images = loss.discriminatorLoss(real: discriminatorA(a), fake: discriminatorA(Tensor(step.toA)))
                + loss.discriminatorLoss(real: discriminatorB(b), fake: discriminatorB(Tensor(step.toB)))
            let domains = domainLoss(codeA: Tensor(step.codeA), codeB: Tensor(step.codeB), swapped: false)
            return PhaseResult(loss: images + domains, metrics: ["domain_classifier": domains.scalarValue])
        }
        return [g, d]
    }
}
