import Foundation
@testable import SwiftGANZoo
import SwiftGAN
import XCTest

/// The translators' networks, losses, image pool and measures, and a few
/// steps of each on tiny data with exact resume.
final class TranslationTests: XCTestCase {
    private func tiny(_ preset: String, steps: Int = 2, extra: [(String, String)] = []) throws -> TrainingConfiguration {
        var c = try Presets.configuration(preset)
        for (key, value) in [("batch_size", "2"), ("steps", "\(steps)")] + extra { try c.set(key, to: value) }
        return c
    }

    private let tinyPix2Pix = [("pix2pix.generator_width", "4"), ("pix2pix.discriminator_width", "4")]
    private let tinyCycleGAN = [("cyclegan.generator_width", "4"), ("cyclegan.discriminator_width", "4")]

    func testTheNetworksKeepTheImageSideAndJudgePatches() {
        var random = RandomGenerator(seed: 1)
        let x = Tensor(random.uniform([2, 3, 32, 32], low: -1, high: 1))
        let unet = UNetGenerator(inChannels: 3, outChannels: 1, width: 4, depth: 5, norm: .instance, generator: &random)
        let resnet = ResNetTranslator(inChannels: 3, outChannels: 1, width: 4, blocks: 2, norm: .instance, generator: &random)
        for output in [unet(x), resnet(x)] {
            XCTAssertEqual(output.shape, [2, 1, 32, 32])
            XCTAssertTrue(output.value.elements.allSatisfy { abs($0) < 1 }, "tanh outputs")
        }
        XCTAssertEqual(unet.down.count, 5, "32 pixels halve to 1x1 in 5 steps")
        // 32 -> 16 -> 8 -> 4 by the stride-2 layers, then 4 -> 3 -> 2 by the two stride-1 4x4 ones.
        XCTAssertEqual(PatchDiscriminator(inChannels: 3, width: 4, layers: 3, norm: .batch, generator: &random)(x).shape, [2, 1, 2, 2])
        XCTAssertEqual(PatchDiscriminator(inChannels: 3, width: 4, layers: 0, norm: .none, generator: &random)(x).shape, [2, 1, 32, 32])
    }

    /// The U-Net's skip connections carry the input's detail: changing one
    /// input pixel changes the output there even through an innermost 1x1.
    func testTheUNetOutputDependsOnEveryScale() {
        var random = RandomGenerator(seed: 2)
        let unet = UNetGenerator(inChannels: 1, outChannels: 1, width: 4, depth: 4, norm: .none, generator: &random)
        let x = random.uniform([1, 1, 16, 16], low: -1, high: 1)
        var changed = x.elements
        changed[5 * 16 + 7] += 1
        let a = unet(Tensor(x)).value.elements, b = unet(Tensor(NDArray(changed, shape: x.shape))).value.elements
        XCTAssertNotEqual(a[5 * 16 + 7], b[5 * 16 + 7])
    }

    /// pix2pix's losses against their definitions evaluated here in double
    /// precision from the discriminator's logits: the discriminator's is half
    /// the sum of the mean softplus(-D(a, b)) and softplus(D(a, G(a))); the
    /// generator's adds 100 times the mean absolute difference to b to the
    /// mean softplus(-D(a, G(a))). Float sums of 2x1x32x32 terms: within 1e-5 relative.
    func testPix2PixLossesAreTheirDefinitions() throws {
        let trainer = try ModelRegistry.trainer(for: tiny("edges2digits_pix2pix", extra: tinyPix2Pix + [("pix2pix.discriminator", "pixel")]))
        let model = try XCTUnwrap(trainer.model as? PairedTranslator)
        var random = RandomGenerator(seed: 3)
        let a = Tensor(random.uniform([2, 1, 32, 32], low: -1, high: 1)), b = Tensor(random.uniform([2, 1, 32, 32], low: -1, high: 1))
        let fake = model.generator(a)
        func softplusMean(_ t: Tensor, sign: Double) -> Double {
            let values = t.value.elements.map { Double($0) * sign }
            return values.map { Foundation.log1p(Foundation.exp(-abs($0))) + max($0, 0) }.reduce(0, +) / Double(values.count)
        }
        let realLogits = model.judge(a, b)[0].last!, fakeLogits = model.judge(a, fake)[0].last!
        let expectedD = 0.5 * (softplusMean(realLogits, sign: -1) + softplusMean(fakeLogits, sign: 1))
        XCTAssertEqual(Double(model.discriminatorLoss(input: a, target: b, fake: fake.detached()).scalarValue), expectedD, accuracy: 1e-5 * expectedD)
        let l1 = zip(fake.value.elements, b.value.elements).map { Double(abs($0 - $1)) }.reduce(0, +) / Double(b.value.count)
        let (total, terms) = model.generatorLoss(input: a, target: b, fake: fake)
        XCTAssertEqual(Double(try XCTUnwrap(terms["l1"])), l1, accuracy: 1e-5 * l1)
        let expectedG = softplusMean(fakeLogits, sign: -1) + 100 * l1
        XCTAssertEqual(Double(total.scalarValue), expectedG, accuracy: 1e-5 * expectedG)
    }

    /// CycleGAN's generator loss: the repository's least-squares terms
    /// (D(G(x)) - 1)^2 for both domains, plus 10 times each cycle's mean
    /// absolute error, plus 0.5 times 10 times each identity error, computed
    /// here from the networks' outputs in double precision.
    func testCycleGANLossesAreTheirDefinitions() throws {
        let c = try tiny("scenes_cyclegan", extra: tinyCycleGAN + [("cyclegan.generator", "unet")])
        let model = try XCTUnwrap(try ModelRegistry.trainer(for: c).model as? CycleConsistentTranslator)
        var random = RandomGenerator(seed: 4)
        let a = Tensor(random.uniform([1, 3, 64, 64], low: -1, high: 1)), b = Tensor(random.uniform([1, 3, 64, 64], low: -1, high: 1))
        func mean(_ t: Tensor, _ f: (Double) -> Double) -> Double { t.value.elements.map { f(Double($0)) }.reduce(0, +) / Double(t.value.count) }
        func l1(_ x: Tensor, _ y: Tensor) -> Double { zip(x.value.elements, y.value.elements).map { Double(abs($0 - $1)) }.reduce(0, +) / Double(x.value.count) }
        let fakeB = model.generatorAB(a), fakeA = model.generatorBA(b)
        let adversarial = mean(model.discriminatorB(fakeB)) { ($0 - 1) * ($0 - 1) } + mean(model.discriminatorA(fakeA)) { ($0 - 1) * ($0 - 1) }
        let cycle = 10 * l1(model.generatorBA(fakeB), a) + 10 * l1(model.generatorAB(fakeA), b)
        let identity = 0.5 * (10 * l1(model.generatorAB(b), b) + 10 * l1(model.generatorBA(a), a))
        let result = model.generatorLoss(a: a, b: b)
        XCTAssertEqual(Double(result.total.scalarValue), adversarial + cycle + identity, accuracy: 1e-5 * (adversarial + cycle + identity))
        XCTAssertEqual(Double(result.terms["adversarial"]!), adversarial, accuracy: 1e-5 * adversarial)
        XCTAssertEqual(result.fakeB.elements, fakeB.value.elements, "the translations handed to the discriminators' phase")
    }

    /// The pool stores its first `capacity` images and returns them as they
    /// came; after that, each image is swapped for a stored one exactly when
    /// the stream's uniform draw is below 1/2, into the slot the next draw names.
    func testTheImagePoolSwapsAsTheRepositoryDoes() throws {
        let pool = ImagePool(capacity: 3)
        func batch(_ start: Int, _ count: Int) -> NDArray { NDArray((start..<(start + count)).map(Float.init), shape: [count, 1, 1, 1]) }
        var random = RandomGenerator(seed: 5)
        XCTAssertEqual(pool.query(batch(0, 2), random: &random).elements, [0, 1])
        XCTAssertEqual(pool.query(batch(2, 1), random: &random).elements, [2], "the third image fills the pool")
        var replay = random, stored: [Float] = [0, 1, 2], expected: [Float] = []
        let out = pool.query(batch(10, 8), random: &random).elements
        for value in (10..<18).map(Float.init) {
            if replay.nextUnitFloat() < 0.5 {
                let slot = Int(replay.next() % 3)
                expected.append(stored[slot])
                stored[slot] = value
            } else {
                expected.append(value)
            }
        }
        XCTAssertEqual(out, expected)
        XCTAssertNotEqual(out, (10..<18).map(Float.init), "some images were swapped")
        XCTAssertEqual(pool.images.map { $0.elements[0] }, stored)
        let copy = ImagePool(capacity: 3)
        try copy.load(pool.stateDict())
        XCTAssertEqual(copy.images.map(\.elements), pool.images.map(\.elements))
        XCTAssertThrowsError(try ImagePool(capacity: 2).load(pool.stateDict()), "more images than the capacity")
        XCTAssertEqual(ImagePool(capacity: 0).query(batch(0, 3), random: &random).elements, [0, 1, 2])
    }

    func testPix2PixAndCycleGANTrainAndResumeExactly() throws {
        try ResumeCheck.assertResumeContinues(tiny("scenes_pix2pix", steps: 3, extra: tinyPix2Pix), steps: 3, stop: 1)
        try ResumeCheck.assertResumeContinues(tiny("mnist2mnistm_cyclegan", steps: 3, extra: tinyCycleGAN + [("cyclegan.pool_size", "3")]), steps: 3, stop: 2)
    }

    /// DiscoGAN's cycle terms are squared errors; DualGAN's critics take two
    /// updates a step and keep every weight within the clip.
    /// SPADE's normalization: with gamma and beta convolutions of zero
    /// weight and bias 0.5 and -1, the output is the parameter-free
    /// instance norm times 1.5 minus 1, whatever the map; and a map that
    /// changes in one region changes the output there.
    func testSpatiallyAdaptiveNormModulatesTheNormalizedActivations() {
        var random = RandomGenerator(seed: 6)
        let spade = SpatiallyAdaptiveNorm(channels: 2, labelChannels: 3, hidden: 4, norm: .instance, generator: &random)
        for (conv, bias) in [(spade.gamma, Float(0.5)), (spade.beta, -1)] {
            conv.weight.update { for i in $0.indices { $0[i] = 0 } }
            conv.bias!.update { for i in $0.indices { $0[i] = bias } }
        }
        let x = Tensor(random.uniform([1, 2, 4, 4], low: -1, high: 1)), map = Tensor(random.uniform([1, 3, 8, 8], low: -1, high: 1))
        let expected = InstanceNorm2d(2)(x).value.elements.map { $0 * 1.5 - 1 }
        XCTAssertEqual(spade(x, map: map).value.elements, expected)
        let learned = SpatiallyAdaptiveNorm(channels: 2, labelChannels: 3, hidden: 4, norm: .instance, generator: &random)
        var changed = map.value.elements
        changed[0] += 5
        let (a, b) = (learned(x, map: map).value.elements, learned(x, map: Tensor(NDArray(changed, shape: map.shape))).value.elements)
        XCTAssertNotEqual(a[0], b[0], "the corner's modulation follows the corner of the map")
        XCTAssertEqual(a[15], b[15], "the far corner, out of the 3x3 convolutions' reach of the change, does not")
    }

    /// pix2pixHD's feature matching: the mean absolute difference of the
    /// discriminator's activations on the translated and the real pair,
    /// over every layer but the logits, times 4 / (layers + 1) and 1 /
    /// scales, computed here from the discriminator's own features.
    func testFeatureMatchingAveragesTheDiscriminatorsActivationDistances() throws {
        let c = try tiny("scenes_pix2pixhd", extra: [("pix2pixhd.generator_width", "2"), ("pix2pixhd.discriminator_width", "4"), ("pix2pixhd.global_blocks", "1")])
        let model = try XCTUnwrap(try ModelRegistry.trainer(for: c).model as? PairedTranslator)
        XCTAssertEqual(model.discriminator.scales.count, 2)
        XCTAssertTrue(model.generator is CoarseToFineGenerator)
        var random = RandomGenerator(seed: 7)
        let a = Tensor(random.uniform([1, 3, 64, 64], low: -1, high: 1)), b = Tensor(random.uniform([1, 3, 64, 64], low: -1, high: 1))
        let fake = model.generator(a)
        let (real, generated) = (model.judge(a, b), model.judge(a, fake))
        var sum = 0.0
        for (r, g) in zip(real, generated) {
            for (x, y) in zip(r.dropLast(), g.dropLast()) {
                sum += zip(x.value.elements, y.value.elements).map { Double(abs($0 - $1)) }.reduce(0, +) / Double(x.value.count)
            }
        }
        let expected = sum * (4.0 / 4.0) / 2
        let terms = model.generatorLoss(input: a, target: b, fake: fake).terms
        XCTAssertEqual(Double(try XCTUnwrap(terms["feature_matching"])), expected, accuracy: 1e-5 * expected)
        XCTAssertNotNil(terms["l1"], "the preset's L1 term in the VGG term's place")
    }

    func testPix2PixHDAndSPADETrainAndResumeExactly() throws {
        try ResumeCheck.assertResumeContinues(
            tiny("scenes_pix2pixhd", steps: 2, extra: [("pix2pixhd.generator_width", "2"), ("pix2pixhd.discriminator_width", "4"), ("pix2pixhd.global_blocks", "1"), ("pix2pixhd.local_blocks", "1")]),
            steps: 2, stop: 1)
        let spade = try tiny("scenes_spade", steps: 2, extra: [("spade.generator_width", "2"), ("spade.hidden", "4"), ("spade.discriminator_width", "4")])
        XCTAssertTrue(try ModelRegistry.trainer(for: spade).model is PairedTranslator)
        try ResumeCheck.assertResumeContinues(spade, steps: 2, stop: 1)
    }

    func testDiscoGANAndDualGANTrainAsTheirPapersSay() throws {
        let disco = try ModelRegistry.trainer(for: tiny("mnist2mnistm_discogan", extra: [("discogan.generator_width", "4"), ("discogan.discriminator_width", "4")]))
        let model = try XCTUnwrap(disco.model as? CycleConsistentTranslator)
        XCTAssertEqual(model.reconstruction, .l2)
        XCTAssertEqual((model.generatorAB as? UNetGenerator)?.skips, false)
        XCTAssertNotNil(try disco.trainStep()["cycle_a"])
        let c = try tiny("mnist2mnistm_dualgan", steps: 2, extra: [("dualgan.generator_width", "4"), ("dualgan.discriminator_width", "4"), ("dualgan.weight_clip", "0.003")])
        let dual = try ModelRegistry.trainer(for: c)
        XCTAssertEqual(dual.phases.map(\.repeats), [1, 2])
        for _ in 0..<2 { try dual.trainStep() }
        let critics = dual.players.filter { $0.name.hasPrefix("discriminator") }.flatMap { $0.module.parameters() }
        XCTAssertEqual(critics.flatMap { $0.value.elements }.map(abs).max(), 0.003, "the largest weights sit at the clip")
        try ResumeCheck.assertResumeContinues(c, steps: 2, stop: 1)
    }

    func testTranslationDataKnowsItsTargetsAndHoldsOutItsOwnSplit() throws {
        func shape(_ name: String, resolution: Int? = nil) throws -> DatasetShape {
            var c = TrainingConfiguration()
            (c.dataset, c.data.resolution) = (name, resolution)
            return try DatasetRegistry.shape(of: c)
        }
        XCTAssertEqual(try shape("scenes", resolution: 128), DatasetShape(sampleShape: [3, 128, 128], classCount: nil, targetShape: [3, 128, 128], targets: .paired))
        XCTAssertEqual(try shape("mnist2mnistm32"), DatasetShape(sampleShape: [1, 32, 32], classCount: 10, targetShape: [3, 32, 32], targets: .unpaired))
        let edges = try DatasetRegistry.entry(named: "edges2digits32")
        let (training, heldOut) = (try edges.load(DataOptions(), 0), try XCTUnwrap(edges.heldOut)(DataOptions()))
        XCTAssertEqual([training.count, heldOut.count], [9_000, 1_000])
        let mnist = try BundledData.mnistTest()
        XCTAssertEqual(try heldOut.example(at: 0).label, mnist.labels[9_000], "the held-out digits are the last thousand")
        let photoDigits = try XCTUnwrap(try DatasetRegistry.entry(named: "mnist2mnistm32").heldOut)(DataOptions())
        XCTAssertEqual(try photoDigits.example(at: 5).target?.shape, [3, 32, 32], "held out: the same digit in both domains")
        XCTAssertEqual(TranslationData.names(.paired), ["scenes", "scenes_labels", "edges2digits32"])
    }

    /// Your own folders in the repositories' layouts: side-by-side pairs
    /// with train/ and test/, and trainA/ and trainB/; images resized to
    /// load_size and cut to the resolution, the same cut for A and B.
    func testYourOwnPairedAndUnpairedFoldersTrain() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("translation-folders-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var random = RandomGenerator(seed: 8)
        func write(_ folder: String, _ name: String, width: Int) throws {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            let image = random.uniform([1, 3, 40, width], low: 0, high: 1)
            try ImageGrid(columns: 1, padding: 0, range: 0...1).writePNG(image, to: root.appendingPathComponent("\(folder)/\(name).png").path)
        }
        for i in 0..<3 { try write("pairs/train", "p\(i)", width: 80) }
        try write("pairs/test", "q", width: 80)
        for (folder, count) in [("domains/trainA", 3), ("domains/trainB", 2)] { for i in 0..<count { try write(folder, "x\(i)", width: 40) } }
        var paired = try tiny("scenes_pix2pix", extra: tinyPix2Pix + [("dataset", "paired_folder"), ("data.path", root.appendingPathComponent("pairs").path),
                                                                      ("data.resolution", "32"), ("data.load_size", "36")])
        let trainer = try ModelRegistry.trainer(for: paired)
        XCTAssertNotNil(try trainer.trainStep()["l1"])
        let model = try XCTUnwrap(trainer.model as? PairedTranslator)
        XCTAssertEqual(try model.preview.examples().count, 1, "test/ is held out")
        let (inputs, targets) = model.preview.batch(count: 1)
        XCTAssertEqual(inputs.shape, [1, 3, 32, 32])
        XCTAssertEqual(targets?.shape, [1, 3, 32, 32])
        var unpaired = try tiny("mnist2mnistm_cyclegan", extra: tinyCycleGAN + [("dataset", "unpaired_folder"), ("data.path", root.appendingPathComponent("domains").path),
                                                                              ("data.resolution", "32"), ("cyclegan.identity_weight", "0.5")])
        XCTAssertNotNil(try ModelRegistry.trainer(for: unpaired).trainStep()["cycle_a"])
        paired.data.loadSize = 30
        XCTAssertThrowsError(try ModelRegistry.trainer(for: paired)) { XCTAssertTrue("\($0)".contains("data.load_size"), "\($0)") }
        unpaired.data.path = root.appendingPathComponent("pairs").path
        XCTAssertThrowsError(try ModelRegistry.trainer(for: unpaired)) { XCTAssertTrue("\($0)".contains("has no trainA/ folder"), "\($0)") }
    }

    func testTranslatorsRefuseDataTheyCannotLearnFrom() throws {
        func problem(_ preset: String, _ extra: [(String, String)]) throws -> String {
            do {
                _ = try ModelRegistry.trainer(for: tiny(preset, extra: extra))
            } catch let error as ConfigurationError {
                return "\(error.key): \(error.problem)"
            }
            XCTFail("\(preset) with \(extra) trained")
            return ""
        }
        XCTAssertTrue(try problem("scenes_pix2pix", [("dataset", "mnist2mnistm32")]).hasPrefix("dataset: pix2pix learns from paired examples"))
        XCTAssertTrue(try problem("scenes_pix2pix", [("dataset", "mnist")]).hasPrefix("dataset: pix2pix translates images and needs translation data"))
        XCTAssertTrue(try problem("mnist2mnistm_cyclegan", [("cyclegan.identity_weight", "0.5")]).hasPrefix("cyclegan.identity_weight: the identity terms"))
        XCTAssertTrue(try problem("scenes_pix2pix", [("pix2pix.discriminator", "n_layers"), ("pix2pix.discriminator_layers", "5")]).contains("use 1 to 4"))
        XCTAssertTrue(try problem("scenes_pix2pix", [("pix2pix.norm", "group")]).hasPrefix("pix2pix.norm: unknown value 'group'"))
        XCTAssertTrue(try problem("scenes_pix2pix", [("data.resolution", "96")]).hasPrefix("data.resolution: scenes is drawn at 64 or 128"))
    }
}

/// The translation measures read a translator that answers with the true
/// targets exactly as they read the real data, and a translator that
/// answers with nothing as nothing.
final class TranslationMeasureTests: XCTestCase {
    func testAPerfectLabelToPhotoTranslatorScoresAsTheRealPhotos() throws {
        let oracle = OracleTranslator(configuration: try Presets.configuration("scenes_pix2pix"), known: 30)
        let report = try TranslationMeasure.segmentation(oracle, inference: Inference(model: oracle, networks: [:]), limit: 30)
        XCTAssertEqual(report["fcn_pixel_accuracy"], report["real_pixel_accuracy"])
        XCTAssertEqual(report["fcn_mean_iou"], report["real_mean_iou"])
        XCTAssertEqual(report["fcn_ratio"], 1)
        XCTAssertGreaterThan(try XCTUnwrap(report["real_pixel_accuracy"]), 0.97, "the segmenter reads the held-out scenes")
        let blank = OracleTranslator(configuration: try Presets.configuration("scenes_pix2pix"), known: 0) { NDArray(repeating: 0, shape: $0.shape) }
        let gray = try TranslationMeasure.segmentation(blank, inference: Inference(model: blank, networks: [:]), limit: 30)
        XCTAssertLessThan(try XCTUnwrap(gray["fcn_mean_iou"]), 0.2, "one gray picture for every map: \(gray)")
    }

    func testTheDigitMeasuresReadTheTargetsClassAndNothingInBlankImages() throws {
        let c = try Presets.configuration("edges2digits_pix2pix")
        let oracle = OracleTranslator(configuration: c, known: 200)
        let kept = try TranslationMeasure.digits(oracle, inference: Inference(model: oracle, networks: [:]), limit: 200)
        XCTAssertGreaterThan(try XCTUnwrap(kept["class_kept"]), 0.97, "the classifier reads the held-out digits themselves")
        let blank = OracleTranslator(configuration: c, known: 0) { NDArray(repeating: -1, shape: $0.shape) }
        let lost = try TranslationMeasure.digits(blank, inference: Inference(model: blank, networks: [:]), limit: 200)
        XCTAssertLessThan(try XCTUnwrap(lost["class_kept"]), 0.25, "a blank image is read as one digit")
    }
}
