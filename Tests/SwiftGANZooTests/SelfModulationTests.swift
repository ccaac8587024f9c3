import Foundation
import SwiftGAN
@testable import SwiftGANZoo
import XCTest

/// Self-modulation: the dcgan and resnet generators' BatchNorm takes its
/// gain and bias from z, the modulation MLPs learn, and other architectures refuse it.
final class SelfModulationTests: XCTestCase {
    private func tiny(_ architecture: String, extra: [(String, String)] = []) throws -> TrainingConfiguration {
        var c = TrainingConfiguration()
        let settings = [
            ("dataset", "mnist"), ("batch_size", "4"), ("steps", "2"), ("gan.architecture", architecture),
            ("gan.hidden", "8"), ("gan.latent_dimension", "6"), ("gan.self_modulation", "true"),
        ]
        for (key, value) in settings + extra { try c.set(key, to: value) }
        return c
    }

    func testEveryBatchNormOfTheGeneratorIsModulatedAndLearns() throws {
        for architecture in ["dcgan", "resnet"] {
            let trainer = try ModelRegistry.trainer(for: tiny(architecture))
            let generator = trainer.players[0].module
            XCTAssertTrue(generator is SelfModulatedGenerator, architecture)
            let norms = generator.modules().compactMap { $0 as? SelfModulatedBatchNorm2d }
            XCTAssertEqual(norms.count, architecture == "dcgan" ? 2 : 5, "\(architecture): one per BatchNorm of the plain generator")
            XCTAssertFalse(generator.modules().contains { ($0 as? BatchNorm)?.weight != nil }, "no BatchNorm keeps a gain of its own")
            let before = norms.flatMap { $0.gain.parameters().map(\.value.elements) }
            for _ in 0..<2 { try trainer.trainStep() }
            XCTAssertNotEqual(norms.flatMap { $0.gain.parameters().map(\.value.elements) }, before, "\(architecture): the modulation learns")
            let samples = trainer.samples(count: 4, seed: 1).samples
            XCTAssertEqual(samples.shape, [4, 1, 28, 28])
        }
    }

    func testTheModulationDependsOnZ() throws {
        var rng = RandomGenerator(seed: 1)
        let g = SelfModulatedGenerator(dcganLatent: 6, channels: 1, ladder: ResolutionLadder(resolution: 28)!, generator: &rng)
        for norm in g.norms { norm.gain.parameters().forEach { $0.assign(rng.normal($0.shape)) } }
        g.eval()
        let z = rng.normal([2, 6])
        let base = withoutGrad { g(Tensor(z)).value }
        let layer = g.norms[1]
        let h = Tensor(rng.normal([2, layer.bn.numFeatures, 7, 7]))
        let first = withoutGrad { layer(h, latent: Tensor(z)).value }
        let other = withoutGrad { layer(h, latent: Tensor(rng.normal([2, 6]))).value }
        XCTAssertGreaterThan((first - other).map(.abs).max().scalarValue, 1e-4, "another z, another gain and bias")
        XCTAssertEqual(base.shape, [2, 1, 28, 28])
    }

    func testOtherArchitecturesRefuseIt() throws {
        var c = try tiny("dcgan")
        try c.set("dataset", to: "ring")
        try c.set("gan.architecture", to: "mlp")
        c.data.resolution = nil
        XCTAssertThrowsError(try ModelRegistry.trainer(for: c)) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "gan.self_modulation", "\(error)")
        }
    }
}
