import Foundation
import SwiftGAN
@testable import SwiftGANZoo
import XCTest

/// StyleGAN2: its synthesis layout, style mixing, truncation, the path-length
/// penalty against finite differences, and a run resumed across its lazy phases.
final class StyleGAN2Tests: XCTestCase {
    private func tiny(steps: Int = 6) throws -> TrainingConfiguration {
        var c = try Presets.configuration("mnist32_stylegan2")
        for (key, value) in [
            ("stylegan2.width", "16"), ("stylegan2.minimum_width", "8"), ("stylegan2.latent_dimension", "8"), ("stylegan2.style_dimension", "8"),
            ("stylegan2.mapping_layers", "2"), ("stylegan2.r1_interval", "2"), ("stylegan2.path_length_interval", "2"), ("stylegan2.group_size", "4"),
            ("batch_size", "4"), ("steps", "\(steps)"), ("data.resolution", "16"),
        ] { try c.set(key, to: value) }
        return c
    }

    private func model(_ c: TrainingConfiguration) throws -> StyleBasedGAN {
        try XCTUnwrap(ModelRegistry.trainer(for: c).model as? StyleBasedGAN)
    }

    func testSynthesisReadsTwoStylesPerResolution() throws {
        let m = try model(tiny())
        XCTAssertTrue(m.generator is StyleGAN2Generator)
        XCTAssertEqual(m.generator.styleCount, 6, "16x16: three resolutions")
        XCTAssertEqual(StyleGAN2Synthesis.noiseSides(stages: 3), [4, 8, 8, 16, 16])
        var random = RandomGenerator(seed: 1)
        let z = Tensor(random.normal([4, 8]))
        XCTAssertEqual(m.generator(z).shape, [4, 1, 16, 16])
        XCTAssertEqual(m.discriminator(m.generator(z)).shape, [4, 1])
        let block = StyleGAN2DiscriminatorBlock(8, 16, generator: &random)
        XCTAssertEqual(block(Tensor(random.normal([2, 8, 8, 8]))).shape, [2, 16, 4, 4])
    }

    func testMixedStylesComeFromTheSecondNoiseFromTheCutoff() throws {
        var random = RandomGenerator(seed: 2)
        let a = Tensor(random.normal([2, 6, 3])), b = Tensor(random.normal([2, 6, 3]))
        let mixed = StyleBasedGAN.mix(a, with: b, from: 4)
        XCTAssertEqual(mixed.slice(axis: 1, start: 0, end: 4).value.elements, a.slice(axis: 1, start: 0, end: 4).value.elements)
        XCTAssertEqual(mixed.slice(axis: 1, start: 4, end: 6).value.elements, b.slice(axis: 1, start: 4, end: 6).value.elements)
        XCTAssertEqual(StyleBasedGAN.mix(a, with: b, from: 6).value.elements, a.value.elements)
    }

    func testTruncationPullsEveryStyleToTheMean() throws {
        let c = try tiny()
        let trainer = try ModelRegistry.trainer(for: c)
        for _ in 0..<2 { try trainer.trainStep() }
        let m = try XCTUnwrap(trainer.model as? StyleBasedGAN)
        XCTAssertNotEqual(m.generator.averageStyle.value.elements, [Float](repeating: 0, count: 8), "training tracks the mean style")
        var random = RandomGenerator(seed: 3)
        let z = Tensor(random.normal([3, 8]))
        let networks: [String: Module] = ["generator": m.generator]
        let collapsed = m.infer(.latent(Latent(z: z, truncation: 0)), networks: networks).value
        let first = collapsed.slice(axis: 0, start: 0, end: 1).elements
        for i in 1..<3 { XCTAssertEqual(collapsed.slice(axis: 0, start: i, end: i + 1).elements, first, "ψ = 0: every image is the mean style's") }
        let untruncated = m.infer(.latent(Latent(z: z)), networks: networks).value.elements
        XCTAssertEqual(m.infer(.latent(Latent(z: z, truncation: 1)), networks: networks).value.elements, untruncated)
        XCTAssertEqual(m.infer(.latent(Latent(z: z, truncation: 0.5)), networks: networks).value.elements,
                       m.infer(.latent(Latent(z: z, truncation: 0.5)), networks: networks).value.elements, "fixed noise: deterministic")
    }

    func testSamplesWithPsiComeFromTheCheckpointsStyleSpace() throws {
        let c = try tiny()
        let trainer = try ModelRegistry.trainer(for: c)
        try trainer.trainStep()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stylegan2-psi-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: url) }
        try trainer.checkpoint(configuration: c.json).write(to: url)
        let inference = try ModelRegistry.inference(restoring: url).inference
        XCTAssertTrue(inference.model is any StyleSpaceModel)
        let collapsed = inference.samples(count: 4, seed: 9, psi: 0).samples
        XCTAssertEqual(collapsed.slice(axis: 0, start: 3, end: 4).elements, collapsed.slice(axis: 0, start: 0, end: 1).elements)
        XCTAssertEqual(inference.samples(count: 4, seed: 9, psi: 0.7).samples.elements, inference.samples(count: 4, seed: 9, psi: 0.7).samples.elements)
        XCTAssertNotEqual(inference.samples(count: 4, seed: 9, psi: 0.7).samples.elements, inference.samples(count: 4, seed: 9).samples.elements)
    }

    func testTheMixingGridTakesCoarseStylesFromRowsAndFineFromColumns() throws {
        let m = try model(tiny())
        let networks: [String: Module] = ["generator": m.generator]
        var random = RandomGenerator(seed: 6)
        let rows = Tensor(random.normal([2, 8])), columns = Tensor(random.normal([3, 8]))
        let grid = m.mixingGrid(rows: rows, columns: columns, cutoff: 3, psi: 0.8, networks: networks)
        XCTAssertEqual(grid.shape, [12, 1, 16, 16], "(2 + 1) x (3 + 1) tiles")
        XCTAssertEqual(m.coarseLayers(in: networks), 3)
        let tile = { (k: Int) in grid.slice(axis: 0, start: k, end: k + 1).elements }
        let source = { (z: Tensor, k: Int) in m.mixed(coarse: z, fine: z, cutoff: 3, psi: 0.8, networks: networks).value.slice(axis: 0, start: k, end: k + 1).elements }
        XCTAssertEqual(zip(tile(1), source(columns, 0)).map { abs($0 - $1) }.max()!, 0, accuracy: 1e-4)
        XCTAssertEqual(zip(tile(4), source(rows, 0)).map { abs($0 - $1) }.max()!, 0, accuracy: 1e-4)
        let cell = m.mixed(coarse: Tensor(rows.value.slice(axis: 0, start: 1, end: 2)), fine: Tensor(columns.value.slice(axis: 0, start: 2, end: 3)), cutoff: 3, psi: 0.8, networks: networks)
        // The same image computed in a batch of 6 and of 1: equal up to the kernels' blocking (float32 rounding).
        XCTAssertEqual(zip(tile(11), cell.value.elements).map { abs($0 - $1) }.max()!, 0, accuracy: 1e-4, "row 1, column 2")
        XCTAssertEqual(m.mixed(coarse: rows, fine: columns.slice(axis: 0, start: 0, end: 2), cutoff: 6, networks: networks).value.elements,
                       m.mixed(coarse: rows, fine: rows, cutoff: 6, networks: networks).value.elements, "a cutoff after the last layer keeps the coarse source")
    }

    func testStyleMixingIsJudgedOnShapesByTheFactorClassifier() throws {
        var c = try tiny()
        try c.set("dataset", to: "shapes")
        try c.set("data.resolution", to: "32")
        XCTAssertEqual(QualityMeasures.kinds(for: c), [.shapesSamples, .styleMixing])
        XCTAssertEqual(QualityMeasures.kinds(for: try tiny()), [], "mnist32 at 16x16: no judge")
        let trainer = try ModelRegistry.trainer(for: c)
        let m = try XCTUnwrap(trainer.model as? StyleBasedGAN)
        let inference = Inference(model: m, networks: ["generator": m.generator])
        let classifier = try ShapesClassifier.pretrained()
        let all = StyleMixingMeasure.measure(m, inference: inference, pairs: 24, seed: 3, cutoff: 8, classifier: classifier)
        XCTAssertEqual(all["mixing_shape_from_coarse"], 1, "every layer from A: A's image")
        let none = StyleMixingMeasure.measure(m, inference: inference, pairs: 24, seed: 3, cutoff: 0, classifier: classifier)
        XCTAssertEqual(none["mixing_hue_from_fine"], 1, "every layer from B: B's image")
        let sweep = StyleMixingMeasure.measure(m, inference: inference, pairs: 24, seed: 3, classifier: classifier)
        let split = m.coarseLayers(in: inference.networks)
        XCTAssertEqual(sweep["mixing_shape_from_coarse"], sweep["mixing_shape_from_coarse_c\(split)"], "the default cutoff is one of the sweep's")
        XCTAssertEqual(sweep["mixing_hue_from_fine"], sweep["mixing_hue_from_fine_c\(split)"])
        XCTAssertEqual(Set(sweep.keys.filter { $0.hasPrefix("mixing_hue_from_fine_c") }), Set((1..<8).map { "mixing_hue_from_fine_c\($0)" }), "every cutoff inside the 8 layers")
        let moved = StyleMixingMeasure.measure(m, inference: inference, pairs: 24, seed: 3, cutoff: 2, classifier: classifier)
        XCTAssertEqual(moved["mixing_hue_from_fine"], sweep["mixing_hue_from_fine_c2"], "an explicit cutoff reads the same mixes as the sweep's")
    }

    func testPathLengthsAreTheNormOfTheJacobianTransposedNoise() throws {
        let m = try model(tiny())
        var random = RandomGenerator(seed: 4)
        let ws = Tensor(random.normal([2, 6, 8]), requiresGrad: true)
        let y = Tensor(random.normal([2, 1, 16, 16]))
        let images = m.generator.synthesize(ws, noise: nil)
        let grads = gradients(of: (images * y).sum(), wrt: [ws])[0]
        // The directional derivative along v equals ⟨grad, v⟩ (central differences, float32: 1e-2 relative).
        let v = random.normal([2, 6, 8])
        let epsilon: Float = 1e-3
        let plus = withoutGrad { (m.generator.synthesize(Tensor(ws.value + v.map(.affine(scale: epsilon, shift: 0))), noise: nil) * y).sum().scalarValue }
        let minus = withoutGrad { (m.generator.synthesize(Tensor(ws.value - v.map(.affine(scale: epsilon, shift: 0))), noise: nil) * y).sum().scalarValue }
        let directional = zip(grads.value.elements, v.elements).map { $0 * $1 }.reduce(0, +)
        XCTAssertEqual((plus - minus) / (2 * epsilon), directional, accuracy: 1e-2 * max(1, abs(directional)))
        let lengths = StyleBasedGAN.pathLengths(grads).value.elements
        let g = grads.value.elements
        for i in 0..<2 {
            let squares = (0..<6).map { s in (0..<8).map { k in g[i * 48 + s * 8 + k] * g[i * 48 + s * 8 + k] }.reduce(0, +) }
            XCTAssertEqual(lengths[i], (squares.reduce(0, +) / 6).squareRoot(), accuracy: 1e-4 * lengths[i])
        }
    }

    func testThePathLengthTargetMovesByOnePercent() throws {
        let m = try model(tiny())
        var random = RandomGenerator(seed: 5)
        let first = m.pathLengthPenalty(count: 2, random: &random)
        XCTAssertGreaterThan(first.batchLength, 0)
        XCTAssertEqual(first.target, 0.01 * first.batchLength, accuracy: 1e-6 * first.batchLength, "a starts at 0")
        XCTAssertEqual(m.generator.pathLengthTarget?.value.scalarValue, first.target)
        let second = m.pathLengthPenalty(count: 2, random: &random)
        XCTAssertEqual(second.target, first.target + 0.01 * (second.batchLength - first.target), accuracy: 1e-6 * second.batchLength)
        XCTAssertTrue(second.loss.scalarValue.isFinite)
    }

    func testLazyPhasesRunAtTheirIntervalsAndAResumeContinuesExactly() throws {
        let c = try tiny(steps: 4)
        let straight = try ModelRegistry.trainer(for: c)
        var seen: [[String]] = []
        for _ in 0..<4 { seen.append(try straight.trainStep().keys.filter { ["r1", "path_length"].contains($0) }.sorted()) }
        XCTAssertEqual(seen, [["path_length", "r1"], [], ["path_length", "r1"], []])
        // learning rate × k/(k + 1) in Float: the two Float operands and the product each round once, 2 ulps of the result.
        let corrected = 0.0025 * 2.0 / 3
        XCTAssertEqual(
            Double(straight.player("discriminator").optimizer.learningRate), corrected, accuracy: 2 * Double(Float(corrected).ulp), "StyleGAN2's lazy correction")
        XCTAssertEqual(straight.player("generator").average?.imagesSeen, 4 * 4, "the moving average counts the main phase's images once a step, not the path-length phase's")
        try ResumeCheck.assertResumeContinues(c, steps: 4, stop: 1)
    }

    func testBadSettingsNameTheirKey() throws {
        for (key, value, message) in [
            ("batch_size", "6", "batch_size: stylegan2's minibatch standard deviation works on groups of 4 (group_size); 6 images do not divide into them, got batch_size 6"),
            ("stylegan2.group_size", "3", "batch_size: stylegan2's minibatch standard deviation works on groups of 3 (group_size); 4 images do not divide into them, got batch_size 4"),
            ("stylegan2.style_mixing", "1.5", "stylegan2.style_mixing: must be in [0, 1]"),
            ("data.resolution", "12", "data.resolution: stylegan2 doubles its resolution from 4x4 and needs a power of two from 8, got 12"),
        ] {
            var c = try tiny()
            try c.set(key, to: value)
            XCTAssertThrowsError(try ModelRegistry.trainer(for: c), key) { XCTAssertEqual("\($0)", message) }
        }
    }
}
