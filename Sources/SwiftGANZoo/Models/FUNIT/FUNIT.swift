import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// FUNIT (Liu et al. 2019): few-shot translation to classes never trained
/// on. The generator draws a content image as the class whose code the
/// class encoder reads from a few examples; training sees only the
/// `seenClasses`, each step translating every image to the class of
/// another image of the batch (one example) and reconstructing it from its
/// own. The generator fools the multi-task discriminator at the target
/// class (hinge, averaged over the translation and the reconstruction),
/// reconstructs (L1, `reconstructionWeight`) and matches the
/// discriminator's mean features of the class example (`featureMatchingWeight`);
/// the discriminator learns hinge terms and R1 on real images. Inference
/// reads a class's code from the first `shots` held-out examples of it,
/// whether it was trained on or not.
public final class FUNIT: DomainTranslationModel {
    public let preview: TranslationPreview
    public let domains: AttributeDomains
    public let generator: FUNITGenerator
    public let discriminator: FUNITDiscriminator
    /// The classes trained on, in the order of the discriminator's maps.
    public let seenClasses: [Int]
    public let shots: Int
    public let reconstructionWeight: Float, featureMatchingWeight: Float, r1: GradientPenalty
    /// The step's translations (constants) and their classes from the generator's phase for the discriminator's.
    private var translations: (images: NDArray, classes: [Int])?

    public init(
        preview: TranslationPreview, domains: AttributeDomains, generator: FUNITGenerator, discriminator: FUNITDiscriminator,
        seenClasses: [Int], shots: Int, weights: (reconstruction: Float, featureMatching: Float, r1Gamma: Float)
    ) {
        (self.preview, self.domains, self.generator, self.discriminator, self.seenClasses, self.shots) = (preview, domains, generator, discriminator, seenClasses, shots)
        (reconstructionWeight, featureMatchingWeight, r1) = (weights.reconstruction, weights.featureMatching, .r1(gamma: weights.r1Gamma))
    }

    public func translate(_ images: Tensor, from sources: [Int]?, to targets: [Int], networks: [String: Module]) -> Tensor {
        guard let network = networks["generator"] as? FUNITGenerator else { preconditionFailure("FUNIT: no FUNIT generator among \(networks.keys.sorted())") }
        return translate(images, to: targets, shots: shots, generator: network)
    }

    /// `images` drawn by `network` as the classes `targets`, each read from its first `shots` held-out examples.
    public func translate(_ images: Tensor, to targets: [Int], shots: Int, generator network: FUNITGenerator) -> Tensor {
        var codes: [Int: Tensor] = [:]
        for target in Set(targets) { codes[target] = network.classEncoder(Tensor(examples(of: target, count: shots)), shots: shots) }
        return network(images, classCodes: Tensor.concat(targets.map { codes[$0]! }, axis: 0))
    }

    /// The first `count` held-out examples of `label`, `[count, C, H, W]` in [-1, 1].
    public func examples(of label: Int, count: Int) -> NDArray {
        let data: any Dataset
        do { data = try preview.examples() } catch { preconditionFailure("FUNIT: the held-out examples cannot be read: \(error)") }
        var found: [NDArray] = []
        for index in 0..<data.count where found.count < count {
            guard let example = try? data.example(at: index) else { continue }
            if example.label == label { found.append(example.image.map(.affine(scale: 2, shift: -1)).reshaped([1] + example.image.shape)) }
        }
        precondition(found.count == count, "FUNIT: the held-out data holds \(found.count) examples of class \(label), \(count) asked")
        return NDArray.concatenate(found, axis: 0)
    }

    /// Mean over positions of features `[N, F, H, W]`.
    private func pooled(_ features: Tensor) -> Tensor { features.mean(axes: [2, 3]) }

    /// The generator's loss on content `x` of classes `own`, sent to the classes of `examples` (`exampleClasses`), one example each.
    public func generatorLoss(_ x: Tensor, own: [Int], examples y: Tensor, exampleClasses: [Int]) -> (total: Tensor, terms: [String: Float], translations: NDArray) {
        let translated = generator(x, classCodes: generator.classEncoder(y, shots: 1))
        let reconstructed = generator(x, classCodes: generator.classEncoder(x, shots: 1))
        let (t, r) = (discriminator(translated, classes: maps(exampleClasses)), discriminator(reconstructed, classes: maps(own)))
        let (realY, realX) = withoutGrad { (pooled(discriminator(y, classes: maps(exampleClasses)).features).value, pooled(discriminator(x, classes: maps(own)).features).value) }
        let adversarial = (t.logits.mean() + r.logits.mean()) * -0.5
        let reconstruction = (reconstructed - x).abs().mean()
        let matching = ((pooled(t.features) - Tensor(realY)).abs().mean() + (pooled(r.features) - Tensor(realX)).abs().mean()) * 0.5
        let total = adversarial + reconstruction * reconstructionWeight + matching * featureMatchingWeight
        return (total, ["adversarial": adversarial.scalarValue, "reconstruction": reconstruction.scalarValue, "feature_matching": matching.scalarValue], translated.value)
    }

    /// The classes never trained on.
    public var unseenClasses: [Int] { (0..<domains.count).filter { !seenClasses.contains($0) } }

    /// The discriminator's map of each of `classes` (classes trained on).
    func maps(_ classes: [Int]) -> [Int] {
        classes.map { label in
            guard let index = seenClasses.firstIndex(of: label) else { preconditionFailure("FUNIT: class \(label) was not trained on") }
            return index
        }
    }

    /// The discriminator's hinge loss on real `x` of classes `own` and translations to `classes`, with R1 on the real images.
    public func discriminatorLoss(_ x: Tensor, own: [Int], translations: Tensor, classes: [Int], random: inout RandomGenerator) -> (total: Tensor, terms: [String: Float]) {
        let (ownMaps, targetMaps) = (maps(own), maps(classes))
        let hinge = (1 - discriminator(x, classes: ownMaps).logits).relu().mean() + (discriminator(translations, classes: targetMaps).logits + 1).relu().mean()
        let penalty = r1({ [discriminator] in discriminator($0, classes: ownMaps).logits }, real: x, fake: translations, generator: &random)
        return (hinge + penalty, ["d_hinge": hinge.scalarValue, "r1": penalty.scalarValue])
    }

    /// The batch's classes and a random reordering of the batch as class examples.
    func classesAndExamples(_ context: inout PhaseContext) -> (own: [Int], order: [Int]) {
        let own = ClassLabels.require(context.real, classes: domains.count, model: "FUNIT")
        return (own, context.random.permutation(own.count))
    }

    var phases: [Phase] {
        let g = Phase(name: "generator", updates: ["generator"]) { [unowned self] context in
            let (own, order) = classesAndExamples(&context)
            let x = Tensor(context.real.images)
            let classes = order.map { own[$0] }
            let result = generatorLoss(x, own: own, examples: x.indexSelect(axis: 0, order).detached(), exampleClasses: classes)
            translations = (result.translations, classes)
            return PhaseResult(loss: result.total, metrics: result.terms)
        }
        let d = Phase(name: "discriminator", updates: ["discriminator"], batch: .latest) { [unowned self] context in
            let (own, order) = classesAndExamples(&context)
            let x = Tensor(context.real.images)
            let fakes = translations ?? withoutGrad {
                (generator(x, classCodes: generator.classEncoder(x.indexSelect(axis: 0, order), shots: 1)).value, order.map { own[$0] })
            }
            translations = nil
            let result = discriminatorLoss(x, own: own, translations: Tensor(fakes.images), classes: fakes.classes, random: &context.random)
            return PhaseResult(loss: result.total, metrics: result.terms)
        }
        return [g, d]
    }
}
