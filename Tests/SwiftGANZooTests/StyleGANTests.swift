import Foundation
import SwiftGAN
@testable import SwiftGANZoo
import XCTest

/// StyleGAN: its synthesis layout, AdaIN setting every layer's statistics
/// from its style, per-channel noise, truncation and mixing through the
/// shared style-space code, and a run resumed across its lazy R1.
final class StyleGANTests: XCTestCase {
    private func tiny(steps: Int = 4) throws -> TrainingConfiguration {
        var c = try Presets.configuration("shapes_stylegan")
        for (key, value) in [
            ("stylegan.width", "16"), ("stylegan.minimum_width", "8"), ("stylegan.latent_dimension", "8"), ("stylegan.style_dimension", "8"),
            ("stylegan.mapping_layers", "2"), ("stylegan.r1_interval", "2"),
            ("batch_size", "4"), ("steps", "\(steps)"), ("data.resolution", "16"),
        ] { try c.set(key, to: value) }
        return c
    }

    private func model(_ c: TrainingConfiguration) throws -> (StyleBasedGAN, StyleGANGenerator) {
        let m = try XCTUnwrap(ModelRegistry.trainer(for: c).model as? StyleBasedGAN)
        return (m, try XCTUnwrap(m.generator as? StyleGANGenerator))
    }

    func testSynthesisReadsTwoStylesPerResolutionAndTheCriticIsProGANs() throws {
        let (m, g) = try model(tiny())
        XCTAssertEqual(g.styleCount, 6, "16x16: three resolutions")
        XCTAssertEqual(g.synthesis.layers.map { $0.convolution == nil }, [true, false, false, false, false, false], "no convolution on the constant")
        XCTAssertEqual(g.synthesis.layers.map(\.noise.strength.shape), [[16], [16], [16], [16], [8], [8]], "one noise strength per channel")
        XCTAssertEqual(g.synthesis.constant.tensor.value.elements, [Float](repeating: 1, count: 16 * 16), "the constant starts at ones")
        var random = RandomGenerator(seed: 1)
        let images = g(Tensor(random.normal([4, 8])))
        XCTAssertEqual(images.shape, [4, 3, 16, 16])
        XCTAssertTrue(m.discriminator is ProGANDiscriminator)
        XCTAssertEqual(m.discriminator(images).shape, [4, 1])
    }

    func testEveryLayersOutputHasTheMeanAndDeviationItsStyleSets() throws {
        let (_, g) = try model(tiny())
        var random = RandomGenerator(seed: 2)
        let layer = g.synthesis.layers[3], w = Tensor(random.normal([2, 8]))
        let output = layer(Tensor(random.normal([2, 16, 8, 8])), style: w, noise: Tensor(random.normal([2, 1, 8, 8]))).value
        let parameters = layer.adain.style(w).value.elements  // [2, 2 · 16]: (scale, shift) per channel
        for n in 0..<2 {
            for c in 0..<16 {
                let plane = output.slice(axis: 0, start: n, end: n + 1).slice(axis: 1, start: c, end: c + 1).elements.map(Double.init)
                let mean = plane.reduce(0, +) / 64
                let deviation = (plane.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 64).squareRoot()
                let (scale, shift) = (Double(parameters[n * 32 + c]), Double(parameters[n * 32 + 16 + c]))
                // Instance norm with eps 1e-5 on values of unit order: the deviation is |1 + scale| to about 1e-4.
                XCTAssertEqual(mean, shift, accuracy: 1e-4 * max(1, abs(shift) + abs(1 + scale)))
                XCTAssertEqual(deviation, abs(1 + scale), accuracy: 1e-4 * max(1, abs(1 + scale)))
            }
        }
    }

    func testNoiseScalesEachChannelByItsOwnStrength() throws {
        let noise = NoiseInjection(channels: 3)
        noise.strength.assign(NDArray([0.5, -1, 2], shape: [3]))
        var random = RandomGenerator(seed: 3)
        let x = random.normal([2, 3, 4, 4]), plane = random.normal([2, 1, 4, 4])
        let y = noise(Tensor(x), noise: Tensor(plane)).value
        for n in 0..<2 {
            for (c, strength) in [Float(0.5), -1, 2].enumerated() {
                for k in 0..<16 {
                    XCTAssertEqual(y.elements[(n * 3 + c) * 16 + k], x.elements[(n * 3 + c) * 16 + k] + strength * plane.elements[n * 16 + k])
                }
            }
        }
    }

    func testTruncationAndMixingComeFromTheStyleSpace() throws {
        let c = try tiny()
        let trainer = try ModelRegistry.trainer(for: c)
        for _ in 0..<2 { try trainer.trainStep() }
        let m = try XCTUnwrap(trainer.model as? StyleBasedGAN)
        XCTAssertNotEqual(m.generator.averageStyle.value.elements, [Float](repeating: 0, count: 8), "training tracks the mean style")
        let networks: [String: Module] = ["generator": m.generator]
        var random = RandomGenerator(seed: 4)
        let z = Tensor(random.normal([3, 8]))
        let collapsed = m.infer(.latent(Latent(z: z, truncation: 0)), networks: networks).value
        XCTAssertEqual(collapsed.slice(axis: 0, start: 2, end: 3).elements, collapsed.slice(axis: 0, start: 0, end: 1).elements, "ψ = 0: the mean style's image")
        XCTAssertEqual(m.mixed(coarse: z, fine: z, cutoff: 3, networks: networks).value.elements, m.infer(.latent(Latent(z: z)), networks: networks).value.elements)
        XCTAssertEqual(QualityMeasures.kinds(for: try { var s = try tiny(); try s.set("data.resolution", to: "32"); return s }()), [.shapesSamples, .styleMixing])
    }

    func testAResumeAcrossTheLazyR1ContinuesExactly() throws {
        try ResumeCheck.assertResumeContinues(try tiny(steps: 4), steps: 4, stop: 1)
    }
}
