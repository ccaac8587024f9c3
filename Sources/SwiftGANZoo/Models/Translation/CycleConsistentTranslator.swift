import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

/// The two-way translators trained on unpaired domains by cycle consistency
/// (CycleGAN, DiscoGAN, DualGAN): generators A -> B and B -> A, a
/// discriminator per domain, the adversarial terms, the cycle terms
/// `d(G_BA(G_AB(a)), a)` and `d(G_AB(G_BA(b)), b)` (`reconstruction` d,
/// weights `cycleWeights`), and the identity terms `|G_AB(b) - b|`,
/// `|G_BA(a) - a|` (weight `identityWeight` times the cycle weights). Each
/// step updates both generators, then both discriminators (`criticSteps`
/// times) on the real images and on the generated ones passed through each
/// domain's image pool, clipping their weights to `clip` after each update
/// when given (DualGAN's WGAN critics). With least squares, the generators'
/// terms are CycleGAN's `(D(G(x)) - 1)^2`.
public final class CycleConsistentTranslator: TranslationModel {
    public let preview: TranslationPreview
    public let generatorAB: any LayerModule, generatorBA: any LayerModule
    public let discriminatorA: any LayerModule, discriminatorB: any LayerModule
    public let loss: AdversarialLoss
    public let cycleWeights: (a: Float, b: Float)
    public let identityWeight: Float
    public let reconstruction: ReconstructionDistance
    public let criticSteps: Int
    public let clip: Float?
    public let pools: (a: ImagePool, b: ImagePool)
    /// The step's translations (constants) from the generators' phase for the discriminators'.
    private var translations: (fakeA: NDArray, fakeB: NDArray)?

    public init(
        preview: TranslationPreview, generators: (ab: any LayerModule, ba: any LayerModule), discriminators: (a: any LayerModule, b: any LayerModule),
        loss: AdversarialLoss, cycleWeights: (a: Float, b: Float), identityWeight: Float, poolSize: Int,
        reconstruction: ReconstructionDistance = .l1, criticSteps: Int = 1, clip: Float? = nil
    ) {
        (self.preview, generatorAB, generatorBA, discriminatorA, discriminatorB) = (preview, generators.ab, generators.ba, discriminators.a, discriminators.b)
        (self.loss, self.cycleWeights, self.identityWeight) = (loss, cycleWeights, identityWeight)
        (self.reconstruction, self.criticSteps, self.clip) = (reconstruction, criticSteps, clip)
        pools = (ImagePool(capacity: poolSize), ImagePool(capacity: poolSize))
    }

    public func translate(_ images: Tensor, networks: [String: Module]) -> Tensor {
        let network = layer("generator_ab", in: networks)
        return network.callAsFunction(images)
    }

    public var isTwoWay: Bool { true }

    public func translateBack(_ images: Tensor, networks: [String: Module]) -> Tensor? {
        let network = layer("generator_ba", in: networks)
        return network.callAsFunction(images)
    }

    /// The generators' loss on real `a` and `b`, its terms, and the translations (constants).
    public func generatorLoss(a: Tensor, b: Tensor) -> (total: Tensor, terms: [String: Float], fakeA: NDArray, fakeB: NDArray) {
        let fakeB = generatorAB(a), fakeA = generatorBA(b)
        let adversarialTerm = loss.translatorGeneratorTerm(discriminatorB(fakeB)) + loss.translatorGeneratorTerm(discriminatorA(fakeA))
        let cycleA = reconstruction(generatorBA(fakeB), a), cycleB = reconstruction(generatorAB(fakeA), b)
        var total = adversarialTerm + cycleA * cycleWeights.a + cycleB * cycleWeights.b
        var terms = ["adversarial": adversarialTerm.scalarValue, "cycle_a": cycleA.scalarValue, "cycle_b": cycleB.scalarValue]
        if identityWeight > 0 {
            let identity = (generatorAB(b) - b).abs().mean() * cycleWeights.b + (generatorBA(a) - a).abs().mean() * cycleWeights.a
            total = total + identity * identityWeight
            terms["identity"] = identity.scalarValue
        }
        return (total, terms, fakeA.value, fakeB.value)
    }

    /// The discriminators' loss on real `a` and `b` and the (pooled) translations; each domain's loss halved, as the repository's.
    public func discriminatorLoss(a: Tensor, b: Tensor, fakeA: Tensor, fakeB: Tensor) -> Tensor {
        let scale = loss.translatorDiscriminatorScale
        return (loss.discriminatorLoss(real: discriminatorA(a), fake: discriminatorA(fakeA))
            + loss.discriminatorLoss(real: discriminatorB(b), fake: discriminatorB(fakeB))) * scale
    }

    var phases: [Phase] {
        let g = Phase(name: "generators", updates: ["generator_ab", "generator_ba"]) { [unowned self] context in
            let (a, b) = try PairedTranslator.pair(context)
            let result = generatorLoss(a: a, b: b)
            translations = (result.fakeA, result.fakeB)
            return PhaseResult(loss: result.total, metrics: result.terms)
        }
        let clipCritics: (() -> Void)? = clip.map { limit in { [unowned self] in clipWeights(discriminatorA.parameters() + discriminatorB.parameters(), to: limit) } }
        let d = Phase(name: "discriminators", updates: ["discriminator_a", "discriminator_b"], repeats: criticSteps, batch: .latest, afterUpdate: clipCritics) {
            [unowned self] context in
            let (a, b) = try PairedTranslator.pair(context)
            let fakes = translations ?? withoutGrad { (generatorBA(b).value, generatorAB(a).value) }
            translations = nil
            let pooledA = pools.a.query(fakes.fakeA, random: &context.random), pooledB = pools.b.query(fakes.fakeB, random: &context.random)
            return PhaseResult(loss: discriminatorLoss(a: a, b: b, fakeA: Tensor(pooledA), fakeB: Tensor(pooledB)))
        }
        return [g, d]
    }
}
