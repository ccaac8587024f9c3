import Foundation
import SwiftGAN
import XCTest

/// CoGAN's weight sharing, its sample pairs, its measure and exact resume.
final class CoGANTests: XCTestCase {
    private func tiny(steps: Int = 2) throws -> TrainingConfiguration {
        var c = try Presets.configuration("mnist2mnistm_cogan")
        for (key, value) in [("batch_size", "4"), ("steps", "\(steps)"), ("cogan.width", "4"), ("cogan.latent_dimension", "8")] { try c.set(key, to: value) }
        return c
    }

    /// Domain A's head changes A's images only; the shared trunk changes both.
    func testTheGeneratorsShareEverythingButTheirLastLayer() throws {
        var random = RandomGenerator(seed: 1)
        let generator = CoupledGenerator(latent: 8, width: 4, channels: (1, 3), resolution: 32, generator: &random)
        generator.eval()
        let z = Tensor(random.normal([2, 8]))
        let before = generator(z)
        XCTAssertEqual(before.a.shape, [2, 1, 32, 32])
        XCTAssertEqual(before.b.shape, [2, 3, 32, 32])
        generator.heads[0].parameters()[0].update { for i in $0.indices { $0[i] += 0.1 } }
        let headChanged = generator(z)
        XCTAssertNotEqual(headChanged.a.value.elements, before.a.value.elements)
        XCTAssertEqual(headChanged.b.value.elements, before.b.value.elements)
        generator.trunk.parameters()[0].update { for i in $0.indices { $0[i] += 0.1 } }
        let trunkChanged = generator(z)
        XCTAssertNotEqual(trunkChanged.b.value.elements, headChanged.b.value.elements)
    }

    func testCoGANTrainsDrawsPairsSideBySideAndResumesExactly() throws {
        let c = try tiny(steps: 3)
        let trainer = try ModelRegistry.trainer(for: c)
        let metrics = try trainer.trainStep()
        XCTAssertNotNil(metrics["d_a"])
        XCTAssertNotNil(metrics["d_b"])
        XCTAssertEqual(trainer.samples(count: 2, seed: 1).samples.shape, [2, 3, 32, 64], "A repeated to RGB beside B")
        let report = try QualityMeasures.report(for: c, inference: trainer.inference, seed: 1)
        XCTAssertTrue((0...1).contains(try XCTUnwrap(report["pair_class_agreement"])), "\(report)")
        XCTAssertTrue((0...10).contains(try XCTUnwrap(report["digits_drawn"])), "\(report)")
        XCTAssertNil(report["class_kept"], "the translation measures need a translator")
        try ResumeCheck.assertResumeContinues(c, steps: 3, stop: 1)
    }
}
