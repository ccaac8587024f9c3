import Foundation
import SwiftGAN
import SwiftGANTestSupport
@testable import SwiftGANZoo
import XCTest

/// StyleGAN2-ADA's augmentation: the pipeline's geometry and colors, its
/// gradient, the controller that moves `p` by the sign of D on real images,
/// and the style-based models trained and resumed with it.
final class AdaptiveAugmentationTests: XCTestCase {
    private typealias Geometry = AugmentPipeline.Geometry

    func testReflectionFoldsIndicesBackIntoTheImage() {
        XCTAssertEqual((-3...8).map { AugmentPipeline.reflect($0, 4) }, [3, 2, 1, 0, 1, 2, 3, 2, 1, 0, 1, 2])
        XCTAssertEqual(AugmentPipeline.reflect(5, 1), 0)
    }

    func testFlipTurnAndShiftReadTheRightPixels() {
        XCTAssertEqual(AugmentPipeline.sourceIndices(Geometry(flip: true), height: 2, width: 3), [2, 1, 0, 5, 4, 3])
        let turn = AugmentPipeline.sourceIndices(Geometry(quarterTurns: 1), height: 3, width: 3)
        XCTAssertEqual(turn, [2, 5, 8, 1, 4, 7, 0, 3, 6], "a quarter turn: the first output row is the input's last column")
        XCTAssertEqual(AugmentPipeline.sourceIndices(Geometry(quarterTurns: 2), height: 3, width: 3), (0..<9).reversed().map { $0 })
        var composed = Array(0..<9)
        for _ in 0..<4 { composed = composed.map { turn[$0] } }
        XCTAssertEqual(composed, Array(0..<9), "four quarter turns are the identity")
        XCTAssertEqual(AugmentPipeline.sourceIndices(Geometry(shiftX: 1), height: 1, width: 4), [1, 0, 1, 2], "a shift right reflects column 1 into column 0")
        XCTAssertEqual(AugmentPipeline.sourceIndices(Geometry(shiftY: -1), height: 3, width: 1), [1, 2, 1])
    }

    func testProbabilityZeroLeavesImagesAndProbabilityOneChangesEveryOne() {
        var random = RandomGenerator(seed: 2)
        let x = Tensor(random.uniform([6, 3, 8, 8], low: -1, high: 1))
        var untouched = RandomGenerator(seed: 3)
        XCTAssertEqual(AugmentPipeline(probability: 0)(x, random: &untouched).value.elements, x.value.elements)
        XCTAssertEqual(untouched.next(), { var r = RandomGenerator(seed: 3); return r.next() }(), "p = 0 draws nothing")
        var always = RandomGenerator(seed: 3)
        let y = AugmentPipeline(probability: 1)(x, random: &always).value
        for i in 0..<6 {
            XCTAssertNotEqual(y.slice(axis: 0, start: i, end: i + 1).elements, x.value.slice(axis: 0, start: i, end: i + 1).elements, "image \(i)")
        }
        // A gray image stays gray and flat: geometry moves equal pixels, color is an affine map of the value.
        var flat = RandomGenerator(seed: 4)
        let gray = AugmentPipeline(probability: 1)(Tensor(NDArray(repeating: 0.25, shape: [2, 3, 4, 4])), random: &flat).value
        for i in 0..<2 {
            let image = gray.slice(axis: 0, start: i, end: i + 1).elements
            XCTAssertEqual(image.max()! - image.min()!, 0, accuracy: 1e-6, "image \(i) stays flat")
        }
    }

    func testThePipelinePassesGradientsToItsInput() {
        FiniteDifferences.checkFirst([NDArray((0..<48).map { Float($0) / 48 - 0.5 }, shape: [1, 3, 4, 4])]) { inputs in
            var random = RandomGenerator(seed: 9)
            return AugmentPipeline(probability: 0.7)(inputs[0], random: &random)
        }
    }

    func testProbabilityMovesBySignOfRealScoresWithinZeroAndOne() throws {
        let ada = AdaptiveAugmentation(target: 0.6, interval: 2, speedImages: 100)
        let positive = Tensor(NDArray([1, 2, 3, 4], shape: [4, 1]))
        let negative = Tensor(NDArray([-1, 2, -3, -4], shape: [4, 1]))
        XCTAssertNil(ada.observe(realScores: positive, step: 0), "p moves only at the end of an interval")
        XCTAssertEqual(ada.observe(realScores: positive, step: 1), 1)
        XCTAssertEqual(ada.probability, 0.08, accuracy: 1e-6, "8 images of 100 to go from 0 to 1")
        ada.observe(realScores: negative, step: 2)
        XCTAssertEqual(ada.observe(realScores: negative, step: 3), -0.5)
        XCTAssertEqual(ada.probability, 0, accuracy: 1e-6)
        ada.observe(realScores: negative, step: 4)
        ada.observe(realScores: negative, step: 5)
        XCTAssertEqual(ada.probability, 0, "p never goes below 0")
        ada.observe(realScores: positive, step: 6)
        let saved = ada.stateDict()
        let restored = AdaptiveAugmentation(target: 0.6, interval: 2, speedImages: 100)
        try restored.load(saved)
        XCTAssertEqual(restored.observe(realScores: positive, step: 7), 1, "the signs counted before a checkpoint carry over")
        var broken = saved
        broken["probability"] = NDArray(scalar: 2)
        XCTAssertThrowsError(try restored.load(broken)) { XCTAssertTrue("\($0)".contains("outside [0, 1]"), "\($0)") }
    }

    private func tiny(steps: Int) throws -> TrainingConfiguration {
        var c = try Presets.configuration("shapes_stylegan2")
        for (key, value) in [
            ("stylegan2.width", "16"), ("stylegan2.minimum_width", "8"), ("stylegan2.latent_dimension", "8"), ("stylegan2.style_dimension", "8"),
            ("stylegan2.mapping_layers", "2"), ("stylegan2.r1_interval", "2"), ("stylegan2.path_length_interval", "2"),
            ("stylegan2.ada_target", "0.6"), ("stylegan2.ada_interval", "1"), ("stylegan2.ada_kimg", "0.008"),
            ("batch_size", "4"), ("steps", "\(steps)"), ("data.resolution", "16"),
        ] { try c.set(key, to: value) }
        return c
    }

    func testStyleGAN2StepsItsProbabilityFromTheHeuristicAndResumesIt() throws {
        let trainer = try ModelRegistry.trainer(for: tiny(steps: 4))
        var p: Float = 0
        for step in 0..<4 {
            let metrics = try trainer.trainStep()
            let heuristic = try XCTUnwrap(metrics["augment_rt"], "step \(step) logs r_t")
            p = min(1, max(0, p + (heuristic > 0.6 ? 0.5 : heuristic < 0.6 ? -0.5 : 0)))
            XCTAssertEqual(try XCTUnwrap(metrics["augment_p"]), p, accuracy: 1e-6, "step \(step): 4 images of 8 move p by a half")
        }
        XCTAssertNotNil(trainer.extraStates["augment"], "checkpoints carry p")
        try ResumeCheck.assertResumeContinues(try tiny(steps: 4), steps: 4, stop: 2)
    }

    func testBadAugmentationKeysNameTheKey() throws {
        var c = try tiny(steps: 1)
        try c.set("stylegan2.ada_target", to: "1.5")
        XCTAssertThrowsError(try ModelRegistry.trainer(for: c)) { XCTAssertTrue("\($0)".contains("stylegan2.ada_target"), "\($0)") }
        var d = try tiny(steps: 1)
        try d.set("stylegan2.group_size", to: "3")
        XCTAssertThrowsError(try ModelRegistry.trainer(for: d)) { XCTAssertTrue("\($0)".contains("group_size"), "\($0)") }
    }
}
