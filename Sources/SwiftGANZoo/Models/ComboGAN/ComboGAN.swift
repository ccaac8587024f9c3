import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// ComboGAN (Anoosheh et al. 2018): unpaired translation among N domains
/// with an encoder and a decoder per domain. Each step sends every image to
/// a domain drawn at random among the others (its encoder, the target's
/// decoder), and trains CycleGAN's terms on the way: the target domain's
/// discriminator is fooled (least squares by default), the translation
/// encoded by the target's encoder and decoded by the source's comes back
/// to the image (L1, `cycleWeight`), and optionally the two codes agree
/// (`codeWeight`). Then each domain's discriminator learns on its real
/// images and the translations into it.
public final class ComboGAN: DomainTranslationModel {
    public let preview: TranslationPreview
    public let domains: AttributeDomains
    public let coders: DomainCoders
    public let critics: DomainCritics
    public let loss: AdversarialLoss
    public let cycleWeight: Float, codeWeight: Float
    /// The step's translations (constants) and their domains from the generators' phase for the discriminators'.
    private var translations: (images: NDArray, domains: [Int])?

    public init(preview: TranslationPreview, domains: AttributeDomains, coders: DomainCoders, critics: DomainCritics, loss: AdversarialLoss, weights: (cycle: Float, code: Float)) {
        (self.preview, self.domains, self.coders, self.critics, self.loss) = (preview, domains, coders, critics, loss)
        (cycleWeight, codeWeight) = (weights.cycle, weights.code)
    }

    public var needsSourceDomains: Bool { true }

    public func translate(_ images: Tensor, from sources: [Int]?, to targets: [Int], networks: [String: Module]) -> Tensor {
        guard let sources else { preconditionFailure("ComboGAN: translation needs the images' own domains") }
        guard let network = networks["generators"] as? DomainCoders else { preconditionFailure("ComboGAN: no domain coders among \(networks.keys.sorted())") }
        return network.decode(network.encode(images, domains: sources), domains: targets)
    }

    /// The generators' loss on images `x` of domains `own` sent to `targets`, its terms and the translations (constants).
    public func generatorLoss(_ x: Tensor, own: [Int], targets: [Int]) -> (total: Tensor, terms: [String: Float], translations: NDArray) {
        let code = coders.encode(x, domains: own)
        let fake = coders.decode(code, domains: targets)
        let adversarial = loss.translatorGeneratorTerm(critics(fake, domains: targets))
        let codeBack = coders.encode(fake, domains: targets)
        let cycle = (coders.decode(codeBack, domains: own) - x).abs().mean()
        var total = adversarial + cycle * cycleWeight
        var terms = ["adversarial": adversarial.scalarValue, "cycle": cycle.scalarValue]
        if codeWeight > 0 {
            let codeTerm = (codeBack - code).abs().mean()
            total = total + codeTerm * codeWeight
            terms["code"] = codeTerm.scalarValue
        }
        return (total, terms, fake.value)
    }

    /// The batch's domains and for each a domain drawn at random among the others.
    func domainsAndTargets(_ context: inout PhaseContext) -> (own: [Int], targets: [Int]) {
        let own = ClassLabels.require(context.real, classes: domains.count, model: "ComboGAN")
        let count = UInt64(domains.count - 1)
        return (own, own.map { ($0 + 1 + Int(context.random.next() % count)) % domains.count })
    }

    var phases: [Phase] {
        let g = Phase(name: "generators", updates: ["generators"]) { [unowned self] context in
            let (own, targets) = domainsAndTargets(&context)
            let result = generatorLoss(Tensor(context.real.images), own: own, targets: targets)
            translations = (result.translations, targets)
            return PhaseResult(loss: result.total, metrics: result.terms)
        }
        let d = Phase(name: "discriminators", updates: ["discriminators"], batch: .latest) { [unowned self] context in
            let (own, drawn) = domainsAndTargets(&context)
            let x = Tensor(context.real.images)
            let fakes = translations ?? withoutGrad { (coders.decode(coders.encode(x, domains: own), domains: drawn).value, drawn) }
            translations = nil
            let judged = loss.discriminatorLoss(real: critics(x, domains: own), fake: critics(Tensor(fakes.images), domains: fakes.domains))
            return PhaseResult(loss: judged * loss.translatorDiscriminatorScale)
        }
        return [g, d]
    }
}
