import Foundation
@testable import SwiftGANZoo
import SwiftGAN
import XCTest

/// The colorizers: Zhang et al.'s quantization, rebalancing and annealed
/// mean, Larsson et al.'s histograms, hints, the four networks in training,
/// the color-photo split and the measure.
final class ColorizationTests: XCTestCase {
    private static let presets = ["zhang", "iizuka", "larsson", "user_guided"]

    private func tiny(_ preset: String, steps: Int = 2, extra: [(String, String)] = []) throws -> TrainingConfiguration {
        var c = try Presets.configuration("photos_gray_\(preset)")
        for (key, value) in [("batch_size", "2"), ("steps", "\(steps)"), ("\(c.model).width", "4")] + extra { try c.set(key, to: value) }
        return c
    }

    private struct LossFixture: Decodable {
        let centers: [Float], counts: [Double], weights: [Double], ab: [Float], logits: [Float], loss: Double
    }

    func testQuantizationAndTheRebalancedLossMatchTheReference() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "colorization_loss", withExtension: "json", subdirectory: "Fixtures"))
        let f = try JSONDecoder().decode(LossFixture.self, from: Data(contentsOf: url))
        let bins = ABQuantization.standard
        XCTAssertEqual(bins.centers.flatMap { [$0.x, $0.y] }, f.centers, "the in-gamut cells, in order")
        let weights = ColorRebalancing.weights(counts: f.counts, bins: bins)
        // Sums of 261 Gaussian terms in double, stored as float: 6e-8 relative.
        for (w, expected) in zip(weights, f.weights) { XCTAssertEqual(Double(w), expected, accuracy: 1e-5 * expected) }
        let q = bins.count
        let logits = Tensor(NDArray(f.logits, shape: [1, q, 2, 3]))
        let loss = RebalancedColorLoss.loss(logits, targetAB: NDArray(f.ab, shape: [1, 2, 2, 3]), bins: bins, weights: weights)
        // A float log-softmax over 261 logits of spread 2 (relative error about 261 * 6e-8) times weights near 1.
        XCTAssertEqual(Double(loss.scalarValue), f.loss, accuracy: 1e-4 * abs(f.loss))
    }

    func testEveryColorMapsToANearbyCellAndSoftEncodingSumsToOne() {
        let bins = ABQuantization.standard
        var random = RandomGenerator(seed: 3)
        let colors = random.uniform([3, 1, 400])
        let lab = ColorConversion.lab(fromRGB: colors).elements
        for p in 0..<400 {
            let (a, b) = (lab[400 + p], lab[800 + p])
            let center = bins.centers[bins.nearest(a: a, b: b)]
            // The cell the color falls in is kept, so its center is within half a step on each axis.
            XCTAssertLessThanOrEqual(abs(center.x - a), 5.0001)
            XCTAssertLessThanOrEqual(abs(center.y - b), 5.0001)
            let encoding = bins.softEncoding(a: a, b: b)
            XCTAssertEqual(encoding.count, 5)
            XCTAssertEqual(encoding[0].bin, bins.nearest(a: a, b: b))
            XCTAssertEqual(encoding.map(\.weight).reduce(0, +), 1, accuracy: 1e-5)
            XCTAssertEqual(encoding.map(\.weight), encoding.map(\.weight).sorted(by: >))
        }
        // Saturated green-blue at (-110, -110) is out of the sRGB gamut; neutral gray is in it.
        XCTAssertFalse(bins.centers.contains(SIMD2(-110, -110)))
        XCTAssertTrue(bins.centers.contains(SIMD2(0, 0)))
        XCTAssertEqual(ColorRebalancing.weights(counts: [Double](repeating: 0, count: bins.count), bins: bins), [Float](repeating: 1, count: bins.count))
    }

    func testRebalancingFavorsRareColors() {
        let bins = ABQuantization.standard
        var counts = [Double](repeating: 1, count: bins.count)
        let gray = bins.nearest(a: 0, b: 0), red = bins.nearest(a: 60, b: 40)
        counts[gray] = 10_000
        let weights = ColorRebalancing.weights(counts: counts, bins: bins)
        XCTAssertLessThan(weights[gray], 0.5 * weights[red])
        // With λ = 1 the prior is ignored: every weight is 1.
        for w in ColorRebalancing.weights(counts: counts, bins: bins, mixing: 1) { XCTAssertEqual(w, 1, accuracy: 1e-5) }
    }

    func testAnnealedMeanRunsFromTheMeanToTheMode() {
        let bins = ABQuantization.standard
        let (low, high) = (bins.nearest(a: -20, b: 30), bins.nearest(a: 40, b: 10))
        var values = [Float](repeating: -50, count: bins.count)
        (values[low], values[high]) = (0, log(3))
        let logits = NDArray(values, shape: [1, bins.count, 1, 1])
        let mean = AnnealedMean.decode(logits, bins: bins, temperature: 1).elements
        // At T = 1 the mean of the softmax, 1/4 and 3/4 on the two cells (the others weigh e^-50).
        XCTAssertEqual(mean[0], 0.25 * -20 + 0.75 * 40, accuracy: 1e-3)
        XCTAssertEqual(mean[1], 0.25 * 30 + 0.75 * 10, accuracy: 1e-3)
        let sharp = AnnealedMean.decode(logits, bins: bins, temperature: 0.05).elements
        // At T = 0.05 the weights are 1 : 3^20: the mode.
        XCTAssertEqual(sharp[0], 40, accuracy: 1e-3)
        XCTAssertEqual(sharp[1], 10, accuracy: 1e-3)
    }

    func testHueAndChromaHistogramsDecodeTheirBins() {
        let histograms = HueChromaHistograms(bins: 8, maximumChroma: 80)
        let classes = histograms.classes(NDArray([30, 0, -5, 0, 40, 1e-3], shape: [1, 2, 1, 3]))
        XCTAssertEqual(classes.chroma, [3, 4, 0])
        // Hue 0 (a > 0), 90° (b > 0) and about 180° (a < 0, b tiny): bins of 45°.
        XCTAssertEqual(classes.hue, [0, 2, 3])
        var chroma = [Float](repeating: 0, count: 8), hue = [Float](repeating: 0, count: 8)
        (chroma[2], chroma[3], hue[1]) = (0.5, 0.5, 1)
        let ab = histograms.decode(chroma: NDArray(chroma, shape: [1, 8, 1, 1]), hue: NDArray(hue, shape: [1, 8, 1, 1])).elements
        // The median lies where half the mass is reached, the end of bin 2 (chroma 30); hue bin 1 is centered on 67.5°.
        let angle = Float(67.5 * Double.pi / 180)
        XCTAssertEqual(ab[0], 30 * cos(angle), accuracy: 1e-3)
        XCTAssertEqual(ab[1], 30 * sin(angle), accuracy: 1e-3)
    }

    func testHintsRevealSquareMeansAndPaintedPixels() {
        var random = RandomGenerator(seed: 5)
        let ab = random.uniform([1, 2, 12, 12], low: -50, high: 50)
        let hints = ColorHints.uniform(from: ab, count: 1, side: 3, seed: 9)
        let marked = hints.mask.elements.indices.filter { hints.mask.elements[$0] == 1 }
        XCTAssertEqual(marked.count, 9)
        let mean = marked.map { ab.elements[$0] }.reduce(0, +) / 9
        for index in marked { XCTAssertEqual(hints.ab.elements[index], mean, accuracy: 1e-4) }
        XCTAssertEqual(hints.ab.elements.enumerated().filter { !marked.contains($0.offset % 144) && $0.element != 0 }.count, 0)
        XCTAssertEqual(ColorHints.sampled(from: ab, stopProbability: 1, &random).mask.elements.reduce(0, +), 0, "p = 1 stops before the first hint")
        let many = ColorHints.sampled(from: NDArray.concatenate(Array(repeating: ab, count: 200), axis: 0), &random)
        let hinted = (0..<200).filter { n in many.mask.elements[n * 144..<(n + 1) * 144].contains(1) }.count
        // P(no hint) = 1/8: 25 of 200 expected, a binomial deviation of 4.7.
        XCTAssertEqual(Double(200 - hinted), 25, accuracy: 4 * 4.7)
        var rgba = [Float](repeating: 0, count: 4 * 4)
        (rgba[0], rgba[4], rgba[8], rgba[12]) = (1, 0, 0, 1)
        (rgba[1], rgba[13]) = (1, 0.4)
        let painted = ColorHints.painted(NDArray(rgba, shape: [1, 4, 2, 2]))
        XCTAssertEqual(painted.mask.elements, [1, 0, 0, 0])
        XCTAssertEqual(painted.ab.elements[0], ColorConversion.lab(fromRGB: NDArray([1, 0, 0], shape: [3, 1, 1])).elements[1], accuracy: 1e-4)
        XCTAssertEqual(painted.ab.elements[1], 0, "a pixel under half opacity is no hint")
    }

    func testEveryColorizerTrainsAndKeepsTheGraysLightness() throws {
        var inGamut = 0
        for preset in Self.presets {
            let trainer = try ModelRegistry.trainer(for: tiny(preset))
            for _ in 0..<2 { XCTAssertTrue(try XCTUnwrap(trainer.trainStep()["loss_generator"]).isFinite, preset) }
            let colorizer = try XCTUnwrap(trainer.model as? Colorizer)
            XCTAssertEqual(colorizer.task.inputChannels, 1)
            let (inputs, targets) = colorizer.preview.batch(count: 2)
            XCTAssertEqual(inputs.shape, [2, 1, 64, 64])
            // An odd size is padded for the network's strides and cut back.
            let gray = inputs.slice(axis: 2, start: 0, end: 37).slice(axis: 3, start: 0, end: 50)
            let colored = trainer.inference.evaluating { colorizer.translate(Tensor(gray), networks: trainer.inference.networks).value }
            XCTAssertEqual(colored.shape, [2, 3, 37, 50], preset)
            let rgb = colored.map(.affine(scale: 0.5, shift: 0.5))
            let lightness = ColorConversion.lightness(ofGray: gray.map(.affine(scale: 0.5, shift: 0.5))).elements
            let lab = ColorConversion.lab(fromRGB: rgb).elements
            let plane = 37 * 50
            for n in 0..<2 {
                for p in 0..<plane where (0..<3).allSatisfy({ (1e-4...(1 - 1e-4)).contains(rgb.elements[(n * 3 + $0) * plane + p]) }) {
                    // Unclipped colors keep the gray's L* up to float rounding of the conversions.
                    XCTAssertEqual(lab[n * 3 * plane + p], lightness[n * plane + p], accuracy: 1e-3, preset)
                    inGamut += 1
                }
            }
            XCTAssertNotNil(targets)
        }
        // Untrained, Larsson et al.'s uniform chroma histograms decode to their median, chroma 75, which most
        // lightnesses cannot show; the other networks start near gray, so most of their pixels are checked.
        XCTAssertGreaterThan(inGamut, 2 * 37 * 50)
    }

    func testEachColorizerFitsOneBatch() throws {
        for preset in Self.presets {
            let trainer = try ModelRegistry.trainer(for: tiny(preset))
            let colorizer = try XCTUnwrap(trainer.model as? Colorizer)
            let (inputs, targets) = colorizer.preview.batch(count: 2)
            func corner(_ images: NDArray) -> NDArray { images.slice(axis: 2, start: 0, end: 32).slice(axis: 3, start: 0, end: 32) }
            let lightness = ColorConversion.lightness(ofGray: corner(inputs).map(.affine(scale: 0.5, shift: 0.5)))
            let targetAB = ColorConversion.lab(fromRGB: corner(try XCTUnwrap(targets)).map(.affine(scale: 0.5, shift: 0.5))).abChannels
            let hints = colorizer.takesHints ? ColorHints.uniform(from: targetAB, count: 5, side: 3, seed: 1) : nil
            let input = Tensor(Colorizer.input(lightness, hints: hints))
            let network = colorizer.network
            let losses = try FixedBatchDescent.losses(network.parameters(), steps: 15) { try network.loss(input, targetAB: targetAB, labels: [0, 2]).loss }
            // Descent on one fixed batch lowers each method's own loss.
            XCTAssertLessThan(losses.suffix(3).reduce(0, +) / 3, 0.8 * losses[0], "\(preset): \(losses)")
        }
    }

    func testHintsReachTheUserGuidedOutput() throws {
        let trainer = try ModelRegistry.trainer(for: tiny("user_guided"))
        let colorizer = try XCTUnwrap(trainer.model as? Colorizer)
        let gray = Tensor(colorizer.preview.batch(count: 1).0)
        var ab = [Float](repeating: 0, count: 2 * 64 * 64)
        for i in 0..<64 * 64 { (ab[i], ab[64 * 64 + i]) = (60, 40) }
        let hints = ColorHints.uniform(from: NDArray(ab, shape: [1, 2, 64, 64]), count: 10, side: 5, seed: 2)
        let (automatic, guided) = trainer.inference.evaluating {
            (colorizer.colorize(gray, hints: nil, networks: trainer.inference.networks).value, colorizer.colorize(gray, hints: hints, networks: trainer.inference.networks).value)
        }
        XCTAssertGreaterThan(zip(automatic.elements, guided.elements).map { abs($0 - $1) }.max() ?? 0, 1e-3)
        let zhang = try XCTUnwrap(ModelRegistry.trainer(for: tiny("zhang")).model as? Colorizer)
        XCTAssertFalse(zhang.takesHints)
    }

    func testColorJitterTurnsAndScalesEachImagesColorsAlike() throws {
        var random = RandomGenerator(seed: 11)
        let ab = random.uniform([3, 2, 4, 5], low: -60, high: 60)
        let jittered = Colorizer.jitteredColors(ab, &random).elements, original = ab.elements
        for n in 0..<3 {
            // Each pixel's (a, b) times one complex number per image: the ratio (c + di) / (a + bi) is that number.
            var ratios: [(Float, Float)] = []
            for p in 0..<20 {
                let (a, b) = (original[2 * n * 20 + p], original[(2 * n + 1) * 20 + p])
                let (c, d) = (jittered[2 * n * 20 + p], jittered[(2 * n + 1) * 20 + p])
                let norm = a * a + b * b
                ratios.append(((c * a + d * b) / norm, (d * a - c * b) / norm))
            }
            let factor = (ratios[0].0 * ratios[0].0 + ratios[0].1 * ratios[0].1).squareRoot()
            XCTAssertTrue(Colorizer.chromaFactors.contains(factor), "\(factor)")
            // Products and quotients of floats of order 60: relative errors of a few 1e-7, magnified where a pixel is near gray.
            for ratio in ratios { XCTAssertEqual(ratio.0, ratios[0].0, accuracy: 1e-3); XCTAssertEqual(ratio.1, ratios[0].1, accuracy: 1e-3) }
        }
        let trainer = try ModelRegistry.trainer(for: tiny("user_guided"))
        XCTAssertTrue(try XCTUnwrap(trainer.model as? Colorizer).jittersColors, "the user-guided preset jitters colors")
    }

    func testOnlyColorPhotosAreUsedAndTheirClassesAreThePhotos() throws {
        let shape = try DatasetRegistry.shape(of: tiny("zhang"))
        let (training, heldOut) = try RestorationData.split(DataOptions(), patch: 64, colorOnly: true)
        XCTAssertEqual(shape.sampleShape, [1, 64, 64])
        XCTAssertEqual(shape.classCount, training.count)
        XCTAssertTrue((training + heldOut).allSatisfy(RestorationData.isColor))
        let photos = try NamedPhotos.bundled()
        XCTAssertEqual(heldOut.count, photos.filter { RestorationData.heldOutPhotos.contains($0.name) && RestorationData.isColor($0.image) }.count)
        XCTAssertLessThan(training.count + heldOut.count, photos.count, "the bundled gray photos are left out")
        XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny("zhang", extra: [("dataset", "photos_x4")]))) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "dataset")
            XCTAssertTrue("\(error)".contains("photos_gray"), "\(error)")
        }
        var edsr = try Presets.configuration("photos_x4_edsr")
        try edsr.set("dataset", to: "photos_gray")
        XCTAssertThrowsError(try ModelRegistry.trainer(for: edsr)) { error in XCTAssertEqual((error as? ConfigurationError)?.key, "dataset") }
    }

    func testTheMeasureReportsTheGrayBaselineAndTheHintGain() throws {
        // A folder of two small color photos (the second held out) keeps the measure quick.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-color-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = RandomGenerator(seed: 12)
        for i in 0..<2 {
            let photo = Image(array: random.uniform([3, 64, 72]))
            try Data(PNGCodec.encode(photo)).write(to: folder.appendingPathComponent("p\(i).png"))
        }
        for preset in ["zhang", "user_guided"] {
            let c = try tiny(preset, extra: [("data.path", folder.path)])
            let trainer = try ModelRegistry.trainer(for: c)
            let colorizer = try XCTUnwrap(trainer.model as? Colorizer)
            let report = try RestorationMeasure.measure(colorizer, configuration: c, inference: trainer.inference, limit: 1)
            for key in ["psnr", "ab_accuracy_auc", "colorfulness", "psnr_gray", "ab_accuracy_auc_gray", "reference_colorfulness", "seconds_per_megapixel"] {
                XCTAssertNotNil(report[key], "\(preset): \(key)")
            }
            XCTAssertEqual(report["colorfulness_gray"], 0)
            XCTAssertEqual(report["hint_gain"] != nil, preset == "user_guided")
            if let gain = report["hint_gain"] { XCTAssertEqual(gain, report["psnr_hints10"]! - report["psnr"]!) }
        }
    }

    func testZhangsColorizerResumesExactly() throws {
        try ResumeCheck.assertResumeContinues(tiny("zhang", steps: 2), steps: 2, stop: 1)
    }
}
