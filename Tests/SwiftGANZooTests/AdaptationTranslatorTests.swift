import Foundation
@testable import SwiftGANZoo
import SwiftGAN
import XCTest

/// DTN and UNIT: their losses against their definitions, UNIT's shared
/// layers, DTN's frozen encoder, the reversed digit domains, and a few steps
/// of each on tiny networks with exact resume.
final class AdaptationTranslatorTests: XCTestCase {
    private func tiny(_ preset: String, steps: Int, extra: [(String, String)]) throws -> TrainingConfiguration {
        var c = try Presets.configuration(preset)
        for (key, value) in [("batch_size", "2"), ("steps", "\(steps)")] + extra { try c.set(key, to: value) }
        return c
    }

    private let tinyDTN = [("dtn.encoder_width", "4"), ("dtn.features", "8"), ("dtn.generator_width", "4"), ("dtn.discriminator_width", "4"), ("dtn.encoder_steps", "2")]
    private let tinyUNIT = [("unit.generator_width", "4"), ("unit.discriminator_width", "4")]

    private func values(_ module: Module) -> [Float] { module.parameters().flatMap { $0.value.elements } }

    func testTheReversedDigitDomainsStartFromThePhotoDigitsAndKeepTheirLabels() throws {
        var c = TrainingConfiguration()
        c.dataset = "mnistm2mnist32"
        XCTAssertEqual(try DatasetRegistry.shape(of: c), DatasetShape(sampleShape: [3, 32, 32], classCount: 10, targetShape: [1, 32, 32], targets: .unpaired))
        let entry = try DatasetRegistry.entry(named: "mnistm2mnist32"), forward = try DatasetRegistry.entry(named: "mnist2mnistm32")
        let (reversed, original) = (try XCTUnwrap(entry.heldOut)(DataOptions()), try XCTUnwrap(forward.heldOut)(DataOptions()))
        let (a, b) = (try reversed.example(at: 3), try original.example(at: 3))
        XCTAssertEqual(a.image.elements, b.target?.elements, "held out: the same photo digit, now the input")
        XCTAssertEqual(a.target?.elements, b.image.elements)
        XCTAssertEqual(a.label, try BundledData.mnistTest().labels[9_003])
        XCTAssertEqual(try entry.load(DataOptions(), 0).count, 4_500, "one half of the training digits in each domain")
    }

    /// DTN's terms from its networks' outputs, evaluated here in double
    /// precision: f-constancy the mean squared difference of f(x) and
    /// f(g(f(x))), identity that of a target batch and its translation
    /// (both batches decoded together, as in training), and
    /// the discriminator's three-way cross-entropy (log-sum-exp minus the
    /// kind's logit). Float sums of at most 2x1x32x32 terms: within 1e-4 relative.
    func testDTNLossesAreTheirDefinitions() throws {
        let trainer = try ModelRegistry.trainer(for: tiny("mnistm2mnist_dtn", steps: 3, extra: tinyDTN))
        let model = try XCTUnwrap(trainer.model as? DomainTransferNetwork)
        var random = RandomGenerator(seed: 4)
        let source = Tensor(random.uniform([2, 3, 32, 32], low: -1, high: 1)), target = Tensor(random.uniform([2, 1, 32, 32], low: -1, high: 1))
        let terms = model.generatorLoss(source: source, target: target).terms
        let (sourceFeatures, fromSource, fromTarget) = model.translations(source: source, target: target)
        let features = sourceFeatures.value.elements.map(Double.init)
        let again = model.encoder(fromSource).value.elements.map(Double.init)
        let constancy = zip(features, again).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / Double(features.count)
        XCTAssertEqual(Double(try XCTUnwrap(terms["constancy"])), constancy, accuracy: 1e-4 * max(constancy, 1e-3))
        let translated = fromTarget.value.elements.map(Double.init)
        let identity = zip(translated, target.value.elements.map(Double.init)).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / Double(translated.count)
        XCTAssertEqual(Double(try XCTUnwrap(terms["identity"])), identity, accuracy: 1e-4 * identity)
        func crossEntropy(_ images: Tensor, kind: Int) -> Double {
            let logits = model.discriminator(images).value
            return (0..<2).map { row -> Double in
                let l = (0..<3).map { Double(logits.elements[row * 3 + $0]) }
                let top = l.max()!
                return top + Foundation.log(l.map { Foundation.exp($0 - top) }.reduce(0, +)) - l[kind]
            }.reduce(0, +) / 2
        }
        let expected = crossEntropy(fromSource, kind: 0) + crossEntropy(fromTarget, kind: 1) + crossEntropy(target, kind: 2)
        XCTAssertEqual(Double(model.discriminatorLoss(source: source, target: target).scalarValue), expected, accuracy: 1e-4 * expected)
        XCTAssertEqual(DomainTransferNetwork.totalVariation(Tensor(NDArray([0, 1, 0, 1], shape: [1, 1, 2, 2]))).scalarValue, 1, "columns differ by 1, rows agree")
    }

    /// For the encoder's steps only the encoder learns (the source labels);
    /// after them it stays fixed while the generator and discriminator learn.
    func testDTNFreezesItsEncoderAfterLearningTheSourceLabels() throws {
        let c = try tiny("mnistm2mnist_dtn", steps: 4, extra: tinyDTN)
        let trainer = try ModelRegistry.trainer(for: c)
        let model = try XCTUnwrap(trainer.model as? DomainTransferNetwork)
        let start = (values(model.encoder), values(model.decoder))
        for _ in 0..<2 { XCTAssertNotNil(try trainer.trainStep()["encoder_accuracy"]) }
        let warmed = values(model.encoder)
        XCTAssertNotEqual(warmed, start.0)
        XCTAssertEqual(values(model.decoder), start.1, "the generator waits for the encoder")
        let metrics = try trainer.trainStep()
        XCTAssertNil(metrics["encoder_accuracy"])
        XCTAssertNotNil(metrics["constancy"])
        XCTAssertEqual(values(model.encoder), warmed, "the encoder is frozen")
        XCTAssertNotEqual(values(model.decoder), start.1)
        try ResumeCheck.assertResumeContinues(c, steps: 4, stop: 1)
        XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny("mnistm2mnist_dtn", steps: 2, extra: tinyDTN))) { error in
            XCTAssertTrue("\(error)".contains("dtn.encoder_steps"), "\(error)")
        }
    }

    /// UNIT's coupling: the encoders end in one shared block, so changing it
    /// moves both domains' codes, while a domain's own first layer moves
    /// only its own; and the KL term is the mean squared code of each domain.
    func testUNITSharesItsInnerLayersAndPenalizesTheCodes() throws {
        let trainer = try ModelRegistry.trainer(for: tiny("mnist2mnistm_unit", steps: 2, extra: tinyUNIT))
        let model = try XCTUnwrap(trainer.model as? UNIT)
        var random = RandomGenerator(seed: 5)
        let a = Tensor(random.uniform([2, 1, 32, 32], low: -1, high: 1)), b = Tensor(random.uniform([2, 3, 32, 32], low: -1, high: 1))
        let codes = { (model.generator.encode(a, domain: 0).value.elements, model.generator.encode(b, domain: 1).value.elements) }
        let before = codes()
        let kl = [before.0, before.1].map { code in code.map { Double($0) * Double($0) }.reduce(0, +) / Double(code.count) }.reduce(0, +)
        var noise = RandomGenerator(seed: 6)
        XCTAssertEqual(Double(try XCTUnwrap(model.generatorLoss(a: a, b: b, random: &noise).terms["kl"])), kl, accuracy: 1e-4 * kl)
        let own = try XCTUnwrap(model.generator.encoders[0].parameters().first)
        own.assign(own.value.map(.affine(scale: 1, shift: 0.1)))
        let ownMoved = codes()
        XCTAssertNotEqual(ownMoved.0, before.0)
        XCTAssertEqual(ownMoved.1, before.1, "domain B's code does not pass through A's encoder")
        let shared = try XCTUnwrap(model.generator.sharedEncoder.parameters().first)
        shared.assign(shared.value.map(.affine(scale: 1, shift: 0.1)))
        let sharedMoved = codes()
        XCTAssertNotEqual(sharedMoved.0, ownMoved.0)
        XCTAssertNotEqual(sharedMoved.1, ownMoved.1, "both codes pass through the shared block")
        XCTAssertEqual(model.translate(a, networks: ["generator": model.generator]).shape, [2, 3, 32, 32])
        XCTAssertEqual(model.translateBack(b, networks: ["generator": model.generator])?.shape, [2, 1, 32, 32])
    }

    func testUNITTrainsAndResumesExactly() throws {
        let c = try tiny("mnist2mnistm_unit", steps: 2, extra: tinyUNIT)
        let metrics = try ModelRegistry.trainer(for: c).trainStep()
        for term in ["adversarial", "reconstruction", "kl", "cycle", "kl_cycle", "loss_discriminators"] { XCTAssertNotNil(metrics[term], term) }
        try ResumeCheck.assertResumeContinues(c, steps: 2, stop: 1)
    }

    /// XGAN's semantic consistency is the mean absolute difference between
    /// an image's embedding and that of its translation encoded by the other
    /// domain, both ways; its domain-adversarial term is the classifier's
    /// cross-entropy with the domains swapped (softplus(-logit) for A's
    /// codes, softplus(logit) for B's), evaluated here in double precision.
    func testXGANTermsAreTheirDefinitionsAndItTrainsAndResumesExactly() throws {
        let c = try tiny("mnist2mnistm_xgan", steps: 2, extra: [("xgan.generator_width", "4"), ("xgan.discriminator_width", "4")])
        let model = try XCTUnwrap(try ModelRegistry.trainer(for: c).model as? XGAN)
        var random = RandomGenerator(seed: 9)
        let a = Tensor(random.uniform([2, 1, 32, 32], low: -1, high: 1)), b = Tensor(random.uniform([2, 3, 32, 32], low: -1, high: 1))
        let terms = model.generatorLoss(a: a, b: b).terms
        let g = model.generator
        let (codeA, codeB) = (g.encode(a, domain: 0), g.encode(b, domain: 1))
        func meanAbsolute(_ x: Tensor, _ y: Tensor) -> Double {
            zip(x.value.elements, y.value.elements).map { abs(Double($0) - Double($1)) }.reduce(0, +) / Double(x.value.count)
        }
        let semantic = meanAbsolute(g.encode(g.decode(codeA, domain: 1), domain: 1), codeA) + meanAbsolute(g.encode(g.decode(codeB, domain: 0), domain: 0), codeB)
        XCTAssertEqual(Double(try XCTUnwrap(terms["semantic"])), semantic, accuracy: 1e-4 * semantic)
        func softplusMean(_ t: Tensor, sign: Double) -> Double {
            let v = t.value.elements.map { Double($0) * sign }
            return v.map { Foundation.log1p(Foundation.exp(-abs($0))) + max($0, 0) }.reduce(0, +) / Double(v.count)
        }
        let fooled = softplusMean(model.domainClassifier(codeA), sign: -1) + softplusMean(model.domainClassifier(codeB), sign: 1)
        XCTAssertEqual(Double(try XCTUnwrap(terms["domain_adversarial"])), fooled, accuracy: 1e-5 * fooled)
        XCTAssertEqual(Double(model.domainLoss(codeA: codeA, codeB: codeB, swapped: false).scalarValue),
                       softplusMean(model.domainClassifier(codeA), sign: 1) + softplusMean(model.domainClassifier(codeB), sign: -1), accuracy: 1e-5 * fooled)
        try ResumeCheck.assertResumeContinues(c, steps: 2, stop: 1)
    }
}
