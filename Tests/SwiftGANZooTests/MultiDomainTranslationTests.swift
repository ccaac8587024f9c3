import Foundation
@testable import SwiftGANZoo
import SwiftGAN
import XCTest

/// StarGAN and its data: attribute domains, the shapes labeled by hue,
/// scale and background, the classification term against its definition,
/// the edit measure on a perfect and a do-nothing translator, and a few
/// steps on tiny networks with exact resume.
final class MultiDomainTranslationTests: XCTestCase {
    private func tiny(steps: Int) throws -> TrainingConfiguration {
        var c = try Presets.configuration("shapes_attributes_stargan")
        for (key, value) in [("batch_size", "2"), ("steps", "\(steps)"), ("stargan.generator_width", "4"), ("stargan.blocks", "1"), ("stargan.discriminator_width", "4"), ("stargan.critic_steps", "2")] {
            try c.set(key, to: value)
        }
        return c
    }

    func testAttributeDomainsNumberEveryCombinationOnce() {
        let domains = AttributeDomains([.init(name: "hue", levels: 8), .init(name: "scale", levels: 4), .init(name: "background", levels: 8)])
        XCTAssertEqual([domains.count, domains.codeLength], [256, 20])
        XCTAssertEqual(domains.domain([3, 1, 2]), 3 + 8 * (1 + 4 * 2), "the first group changes fastest")
        XCTAssertEqual(Set((0..<256).map { domains.domain(domains.levels($0)) }), Set(0..<256))
        XCTAssertEqual(domains.levels(255), [7, 3, 7])
        let code = domains.codes([domains.domain([3, 1, 2])]).elements
        XCTAssertEqual(code.indices.filter { code[$0] == 1 }, [3, 8 + 1, 12 + 2], "one-hot blocks side by side")
        XCTAssertEqual(code.reduce(0, +), 3)
    }

    func testTheShapesAttributesAreLabeledByTheirHueScaleAndBackground() throws {
        var c = TrainingConfiguration()
        c.dataset = "shapes_attributes"
        XCTAssertEqual(try DatasetRegistry.shape(of: c), DatasetShape(sampleShape: [3, 32, 32], classCount: 256))
        let entry = try DatasetRegistry.entry(named: "shapes_attributes")
        let heldOut = try XCTUnwrap(try XCTUnwrap(entry.heldOut)(DataOptions()) as? ShapeAttributes)
        XCTAssertEqual(heldOut.count, 1_000)
        for index in 0..<20 {
            let factors = heldOut.shapes.factors(at: index)
            XCTAssertEqual(heldOut.domains.levels(try XCTUnwrap(heldOut.example(at: index).label)), [factors[.hue], factors[.scale], factors[.background]])
        }
        let training = try XCTUnwrap(try entry.load(DataOptions(), 0) as? ShapeAttributes)
        XCTAssertNotEqual(training.shapes.seed, heldOut.shapes.seed)
        XCTAssertEqual(AttributeData.domains(dataset: "mnist", classes: 10), AttributeDomains([.init(name: "class", levels: 10)]))
    }

    /// The classification term: each group's mean cross-entropy of its own
    /// block of logits, summed over the groups, evaluated here in double
    /// precision (log-sum-exp minus the target level's logit). Float sums of
    /// a few terms: within 1e-5 relative.
    func testTheStarGANClassificationTermSumsEachGroupsCrossEntropy() throws {
        let model = try XCTUnwrap(try ModelRegistry.trainer(for: tiny(steps: 1)).model as? StarGAN)
        var random = RandomGenerator(seed: 7)
        let logits = random.normal([3, 20], std: 2)
        let targets = [model.domains.domain([0, 3, 7]), model.domains.domain([5, 0, 2]), model.domains.domain([7, 2, 0])]
        var expected = 0.0
        for (group, (offset, levels)) in [(0, 8), (8, 4), (12, 8)].enumerated() {
            for (row, target) in targets.enumerated() {
                let l = (0..<levels).map { Double(logits.elements[row * 20 + offset + $0]) }
                let top = l.max()!
                expected += (top + Foundation.log(l.map { Foundation.exp($0 - top) }.reduce(0, +)) - l[model.domains.levels(target)[group]]) / 3
            }
        }
        XCTAssertEqual(Double(model.classificationLoss(Tensor(logits), targets: targets).scalarValue), expected, accuracy: 1e-5 * expected)
        let confident = NDArray((0..<3).flatMap { row in (0..<20).map { column -> Float in
            let levels = model.domains.levels(targets[row])
            return [levels[0], 8 + levels[1], 12 + levels[2]].contains(column) ? 30 : 0
        } }, shape: [3, 20])
        XCTAssertLessThan(model.classificationLoss(Tensor(confident), targets: targets).scalarValue, 1e-6, "logits that pick every target level")
    }

    /// The generator reads the target's code: one image sent to two domains
    /// gives two images; the critic judges 4x4 patches and classifies 20 levels.
    func testStarGANTranslatesByTheTargetCodeAndTrainsAndResumesExactly() throws {
        let c = try tiny(steps: 2)
        let trainer = try ModelRegistry.trainer(for: c)
        let model = try XCTUnwrap(trainer.model as? StarGAN)
        XCTAssertEqual(trainer.phases.map(\.repeats), [2, 1])
        var random = RandomGenerator(seed: 8)
        let x = Tensor(random.uniform([1, 3, 32, 32], low: -1, high: 1))
        let networks: [String: Module] = ["generator": model.generator]
        let (one, other) = (model.translate(x, from: nil, to: [0], networks: networks), model.translate(x, from: nil, to: [200], networks: networks))
        XCTAssertEqual(one.shape, [1, 3, 32, 32])
        XCTAssertNotEqual(one.value.elements, other.value.elements)
        let judged = model.discriminator(x)
        XCTAssertEqual([judged.source.shape, judged.levels.shape], [[1, 1, 4, 4], [1, 20]])
        let metrics = try trainer.trainStep()
        for term in ["d_classification", "g_classification", "reconstruction", "gradient_penalty"] { XCTAssertNotNil(metrics[term], term) }
        try ResumeCheck.assertResumeContinues(c, steps: 2, stop: 1)
        var unlabeled = try tiny(steps: 1)
        unlabeled.dataset = "scenes"
        XCTAssertThrowsError(try ModelRegistry.trainer(for: unlabeled)) { XCTAssertTrue("\($0)".contains("StarGAN translates labeled images"), "\($0)") }
    }

    /// A translator that draws each held-out shape again with the target's
    /// levels reaches nearly every target and keeps the shape; one that
    /// returns its input reaches none of the (always different) targets.
    func testTheEditMeasureTellsAPerfectEditorFromADoNothingOne() throws {
        let c = try tiny(steps: 1)
        let perfect = RenderingEditor(configuration: c, perfect: true), idle = RenderingEditor(configuration: c, perfect: false)
        let good = try AttributeEditMeasure.measure(perfect, inference: Inference(model: perfect, networks: [:]), seed: 1, limit: 150)
        for key in ["attribute_reached", "shape_kept", "others_kept"] { XCTAssertGreaterThan(try XCTUnwrap(good[key]), 0.9, key) }
        let none = try AttributeEditMeasure.measure(idle, inference: Inference(model: idle, networks: [:]), seed: 1, limit: 150)
        XCTAssertLessThan(try XCTUnwrap(none["attribute_reached"]), 0.05)
        XCTAssertGreaterThan(try XCTUnwrap(none["shape_kept"]), 0.9)
    }
}

extension MultiDomainTranslationTests {
    /// Routing sends each row through its own domain's network and keeps
    /// the batch's order: the same as passing the rows one by one.
    func testDomainRoutingMatchesPassingEachRowThroughItsDomainsNetwork() {
        var random = RandomGenerator(seed: 10)
        let networks: [any LayerModule] = (0..<3).map { _ in Conv2d(2, 3, kernel: 3, padding: 1, generator: &random) }
        let x = Tensor(random.uniform([5, 2, 4, 4], low: -1, high: 1))
        let domains = [2, 0, 2, 1, 0]
        let routed = DomainRouting.routed(x, domains: domains, through: networks).value
        for (row, domain) in domains.enumerated() {
            let alone = networks[domain].callAsFunction(x.slice(axis: 0, start: row, end: row + 1)).value.elements
            XCTAssertEqual(routed.slice(axis: 0, start: row, end: row + 1).elements, alone, "row \(row)")
        }
    }

    /// ComboGAN keeps 2N networks for N hues, needs the inputs' own domains,
    /// sends each image to another hue, and resumes exactly.
    func testComboGANTranslatesBetweenAnyTwoHuesAndResumesExactly() throws {
        var c = try Presets.configuration("shapes_hues_combogan")
        for (key, value) in [("batch_size", "4"), ("steps", "2"), ("combogan.generator_width", "4"), ("combogan.discriminator_width", "4")] { try c.set(key, to: value) }
        let trainer = try ModelRegistry.trainer(for: c)
        let model = try XCTUnwrap(trainer.model as? ComboGAN)
        XCTAssertEqual([model.coders.encoders.count, model.coders.decoders.count, model.critics.critics.count], [8, 8, 8])
        XCTAssertTrue(model.needsSourceDomains)
        var random = RandomGenerator(seed: 11)
        let x = Tensor(random.uniform([2, 3, 32, 32], low: -1, high: 1))
        let networks: [String: Module] = ["generators": model.coders]
        let viaOne = model.translate(x, from: [0, 0], to: [3, 3], networks: networks).value.elements
        XCTAssertNotEqual(viaOne, model.translate(x, from: [1, 1], to: [3, 3], networks: networks).value.elements, "another source, another encoder")
        XCTAssertNotNil(try trainer.trainStep()["cycle"])
        try ResumeCheck.assertResumeContinues(c, steps: 2, stop: 1)
        c.dataset = "shapes_attributes"
        XCTAssertThrowsError(try ModelRegistry.trainer(for: c)) { XCTAssertTrue("\($0)".contains("takes 2 to 16 domains of one attribute"), "\($0)") }
    }
}

extension MultiDomainTranslationTests {
    /// FUNIT trains on the seen hues only (its discriminator has a map for
    /// each), reads a class code from K held-out examples of any hue, and
    /// resumes exactly; a class code is the mean of its examples' codes; a
    /// malformed list of unseen classes is refused with the key.
    func testFUNITTrainsOnTheSeenHuesAndTranslatesToUnseenOnesFromExamples() throws {
        var c = try Presets.configuration("shapes_hues_funit")
        for (key, value) in [("batch_size", "4"), ("steps", "2"), ("funit.width", "4"), ("funit.code_length", "8"), ("funit.discriminator_width", "4"), ("funit.shots", "3")] {
            try c.set(key, to: value)
        }
        let trainer = try ModelRegistry.trainer(for: c)
        let model = try XCTUnwrap(trainer.model as? FUNIT)
        XCTAssertEqual(model.seenClasses, [0, 1, 2, 4, 5, 7])
        XCTAssertEqual(model.unseenClasses, [3, 6])
        XCTAssertEqual(model.discriminator.heads.weight.shape[0], 6)
        let data = try FUNITDefinition.trainingData(try DatasetRegistry.load(c), options: c.options(as: FUNITOptions.self), configuration: c)
        XCTAssertTrue(try (0..<200).allSatisfy { ![3, 6].contains(try XCTUnwrap(data.example(at: $0).label)) }, "hues 3 and 6 are never trained on")
        XCTAssertEqual(Double(data.count), 20_000 * 0.75, accuracy: 400)
        let examples = model.examples(of: 7, count: 3)
        XCTAssertEqual(examples.shape, [3, 3, 32, 32])
        let separately = (0..<3).map { model.generator.classEncoder(Tensor(examples.slice(axis: 0, start: $0, end: $0 + 1)), shots: 1).value.elements }
        let together = model.generator.classEncoder(Tensor(examples), shots: 3).value.elements
        for (index, value) in together.enumerated() { XCTAssertEqual(value, separately.map { $0[index] }.reduce(0, +) / 3, accuracy: 1e-5) }
        var random = RandomGenerator(seed: 12)
        let x = Tensor(random.uniform([2, 3, 32, 32], low: -1, high: 1))
        let networks: [String: Module] = ["generator": model.generator]
        XCTAssertNotEqual(model.translate(x, from: nil, to: [7, 7], networks: networks).value.elements, model.translate(x, from: nil, to: [6, 6], networks: networks).value.elements)
        XCTAssertNotNil(try trainer.trainStep()["feature_matching"])
        try ResumeCheck.assertResumeContinues(c, steps: 2, stop: 1)
        for bad in ["3,3", "8", "a", "0,1,2,3,4,5,6"] {
            var refused = c
            try refused.set("funit.unseen_classes", to: bad)
            XCTAssertThrowsError(try ModelRegistry.trainer(for: refused)) { XCTAssertTrue("\($0)".contains("funit.unseen_classes"), "\(bad): \($0)") }
        }
    }
}

extension MultiDomainTranslationTests {
    /// OST: domain A never holds the example's hue; phase I trains A's
    /// layers and the shared ones only; phase II starts B's layers as A's
    /// and trains them alone, A's and the shared layers kept (selective
    /// backpropagation); the run resumes exactly across the phases.
    func testOSTTrainsDomainAThenOnlyBsLayersFromOneExample() throws {
        var c = try Presets.configuration("shapes_hues_ost")
        for (key, value) in [("batch_size", "2"), ("steps", "4"), ("ost.phase_one_steps", "2"), ("ost.generator_width", "4"), ("ost.discriminator_width", "4")] {
            try c.set(key, to: value)
        }
        let trainer = try ModelRegistry.trainer(for: c)
        let model = try XCTUnwrap(trainer.model as? OneShotTranslator)
        XCTAssertEqual(try ShapesClassifier.pretrained().predict(model.example)[0][.hue], 7, "the one example has the last hue")
        let data = try OSTDefinition.trainingData(try DatasetRegistry.load(c), options: c.options(as: OSTOptions.self), configuration: c)
        XCTAssertTrue(try (0..<200).allSatisfy { try data.example(at: $0).label != 7 })
        func values(_ module: Module) -> [Float] { module.parameters().flatMap { $0.value.elements } }
        let start = (values(model.coderA), values(model.shared), values(model.coderB))
        for _ in 0..<2 { XCTAssertNotNil(try trainer.trainStep()["reconstruction_a"]) }
        let afterOne = (values(model.coderA), values(model.shared))
        XCTAssertNotEqual(afterOne.0, start.0)
        XCTAssertNotEqual(afterOne.1, start.1)
        XCTAssertEqual(values(model.coderB), start.2, "B waits for phase II")
        XCTAssertNotNil(try trainer.trainStep()["cycle_a"])
        XCTAssertEqual(values(model.coderA), afterOne.0)
        XCTAssertEqual(values(model.shared), afterOne.1)
        XCTAssertNotEqual(values(model.coderB), start.2)
        try ResumeCheck.assertResumeContinues(c, steps: 4, stop: 1)
    }
}

/// A multi-domain translator for the measure's test: with `perfect` it draws
/// each held-out shape again with its target domain's hue, scale and
/// background (its other factors from the data); otherwise it returns its input.
private final class RenderingEditor: DomainTranslationModel {
    let preview: TranslationPreview
    let domains = AttributeData.shapeDomains
    let perfect: Bool
    private var factorsOfImage: [[Float]: ShapeFactors] = [:]

    init(configuration: TrainingConfiguration, perfect: Bool) {
        (preview, self.perfect) = (TranslationPreview(configuration: configuration), perfect)
        guard perfect, let data = try? preview.examples() as? ShapeAttributes else { return }
        let inputs = preview.inputs(count: 150)
        for i in 0..<150 { factorsOfImage[inputs.slice(axis: 0, start: i, end: i + 1).elements] = data.shapes.factors(at: i) }
    }

    func translate(_ images: Tensor, from sources: [Int]?, to targets: [Int], networks: [String: Module]) -> Tensor {
        guard perfect else { return images }
        return Tensor(NDArray.concatenate((0..<images.shape[0]).map { i in
            var levels = factorsOfImage[images.value.slice(axis: 0, start: i, end: i + 1).elements]!.levels
            for (factor, level) in zip(AttributeData.shapeFactors, domains.levels(targets[i])) { levels[ShapeFactor.allCases.firstIndex(of: factor)!] = level }
            return Shapes.render(ShapeFactors(levels), size: 32, supersampling: 8).map(.affine(scale: 2, shift: -1)).reshaped([1, 3, 32, 32])
        }, axis: 0))
    }
}
