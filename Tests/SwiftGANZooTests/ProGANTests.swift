import Foundation
import SwiftGAN
@testable import SwiftGANZoo
import XCTest

/// ProGAN: images at the data's resolution at every stage, fade-in as the
/// blend of the new and the previous stage, real images shown at the stage's
/// resolution, the WGAN-GP loss with drift, Adam restarting at each stage,
/// and runs resumed across a stage change.
final class ProGANTests: XCTestCase {
    /// 16x16 in three stages of two steps (batch 4), each fading in over `fade` steps.
    private func tiny(steps: Int = 6, fade: Int = 2) throws -> TrainingConfiguration {
        var c = try Presets.configuration("mnist32_progan")
        for (key, value) in [
            ("progan.width", "16"), ("progan.minimum_width", "8"), ("progan.latent_dimension", "8"),
            ("progan.stage_images", "8"), ("progan.fade_images", "\(4 * fade)"),
            ("batch_size", "4"), ("steps", "\(steps)"), ("data.resolution", "16"),
        ] { try c.set(key, to: value) }
        return c
    }

    private func model(_ c: TrainingConfiguration) throws -> ProGAN {
        try XCTUnwrap(ModelRegistry.trainer(for: c).model as? ProGAN)
    }

    /// The largest difference between two arrays, and a bound for float32 rounding of values as large as theirs.
    private func difference(_ a: NDArray, _ b: NDArray, ulps: Float = 8) -> (difference: Float, tolerance: Float) {
        XCTAssertEqual(a.shape, b.shape)
        let largest = zip(a.elements, b.elements).map { max(abs($0), abs($1)) }.max() ?? 0
        return (zip(a.elements, b.elements).map { abs($0 - $1) }.max() ?? 0, ulps * Float.ulpOfOne * max(1, largest))
    }

    private func set(_ m: ProGAN, stage: Int, alpha: Float = 1) { (m.growth.stage, m.growth.alpha) = (stage, alpha) }

    func testEveryStageGeneratesAtTheDataResolution() throws {
        let m = try model(tiny())
        XCTAssertEqual(m.growth.stages, 3)
        XCTAssertEqual(m.growth.stage, 2, "built fully grown")
        var random = RandomGenerator(seed: 1)
        let z = Tensor(random.normal([4, 8]))
        for stage in 0..<3 {
            set(m, stage: stage)
            let images = m.generatorNetwork(z)
            XCTAssertEqual(images.shape, [4, 1, 16, 16])
            XCTAssertEqual(m.discriminatorNetwork(images).shape, [4, 1])
            // Stage s is nearest-neighbour upsampled from 4·2^s: constant on blocks of 4 / 2^s.
            let block = 4 >> stage, v = images.value.elements
            let constant = (0..<16).allSatisfy { y in (0..<16).allSatisfy { x in v[y * 16 + x] == v[(y / block * block) * 16 + x / block * block] } }
            XCTAssertTrue(constant, "stage \(stage): blocks of \(block)")
        }
    }

    func testFadeInBlendsTheNewStageWithTheUpsampledPreviousOne() throws {
        let m = try model(tiny())
        var random = RandomGenerator(seed: 2)
        let z = Tensor(random.normal([4, 8]))
        set(m, stage: 0)
        let previous = m.generatorNetwork(z).value
        set(m, stage: 1)
        let grown = m.generatorNetwork(z).value
        set(m, stage: 1, alpha: 0.25)
        let blended = m.generatorNetwork(z).value
        let expected = NDArray(zip(grown.elements, previous.elements).map { 0.25 * $0 + 0.75 * $1 }, shape: grown.shape)
        let g = difference(blended, expected)
        XCTAssertLessThanOrEqual(g.difference, g.tolerance)
        // The critic at alpha 0 is the previous stage's: only the pooling order differs (2x2 twice against 4x4 once).
        let images = Tensor(random.normal([4, 1, 16, 16]))
        set(m, stage: 0)
        let coarse = m.discriminatorNetwork(images).value
        set(m, stage: 1, alpha: 0)
        let d = difference(m.discriminatorNetwork(images).value, coarse, ulps: 64)
        XCTAssertLessThanOrEqual(d.difference, d.tolerance)
    }

    func testRealImagesAreShownAtTheStagesResolution() throws {
        let m = try model(tiny())
        var random = RandomGenerator(seed: 3)
        let real = random.normal([2, 1, 16, 16])
        set(m, stage: 2)
        XCTAssertEqual(m.stageImages(real).value.elements, real.elements, "the last stage sees the data as it is")
        set(m, stage: 0)
        let coarse = m.stageImages(real).value.elements, r = real.elements
        // The second image's 4x4 block at (1, 2): its mean fills the block.
        let block = (4..<8).flatMap { y in (8..<12).map { x in r[256 + y * 16 + x] } }
        let average = block.reduce(0, +) / 16
        for y in 4..<8 { for x in 8..<12 { XCTAssertEqual(coarse[256 + y * 16 + x], average, accuracy: 16 * Float.ulpOfOne * block.map(abs).reduce(0, +)) } }
        set(m, stage: 1)
        let eight = m.stageImages(real).value
        set(m, stage: 1, alpha: 0.5)
        let fading = m.stageImages(real).value
        let expected = NDArray(zip(eight.elements, coarse).map { 0.5 * $0 + 0.5 * $1 }, shape: real.shape)
        let f = difference(fading, expected)
        XCTAssertLessThanOrEqual(f.difference, f.tolerance)
    }

    func testTheCriticLossIsWassersteinWithDriftAndGradientPenalty() throws {
        let m = try model(tiny())
        var random = RandomGenerator(seed: 4)
        let real = Batch(images: random.normal([4, 1, 16, 16]), labels: nil, targets: nil, indices: [0, 1, 2, 3])
        let fake = Tensor(random.normal([4, 1, 16, 16]))
        let result = m.discriminatorLoss(real: real, fake: fake, fakeLatent: m.sampleLatent(count: 4, random: &random), step: 0, random: &random)
        let r = m.discriminatorNetwork(Tensor(real.images)).value.elements.map(Double.init)
        let f = m.discriminatorNetwork(fake).value.elements.map(Double.init)
        let mean = { (v: [Double]) -> Double in v.reduce(0, +) / Double(v.count) }
        let (meanReal, meanFake) = (mean(r), mean(f))
        let drift: Double = mean(r.map { $0 * $0 })
        let expected: Double = meanFake - meanReal + 0.001 * drift
        let scale: Double = max(1, r.map(abs).max()! + f.map(abs).max()!)
        // Float32 means of four scores and their squares: a few roundings of values up to `scale` (and `scale²`).
        let tolerance: Double = 16 * Double(Float.ulpOfOne) * scale * scale
        XCTAssertEqual(Double(result.loss.scalarValue), expected, accuracy: tolerance)
        XCTAssertEqual(Double(result.metrics["wasserstein"]!), meanReal - meanFake, accuracy: tolerance)
        var first = RandomGenerator(seed: 5), second = RandomGenerator(seed: 5)
        let penalty = try XCTUnwrap(m.discriminatorRegularization(real: real, fake: fake, random: &first)).loss.scalarValue
        let direct = GradientPenalty.wganGP(weight: 10)({ m.discriminatorNetwork($0) }, real: Tensor(real.images), fake: fake, generator: &second).scalarValue
        XCTAssertEqual(penalty, direct, "the penalty is WGAN-GP's with λ 10")
        XCTAssertGreaterThan(penalty, 0)
    }

    func testStagesStartOnScheduleAndAdamRestartsAtEach() throws {
        let c = try tiny(steps: 5)
        let trainer = try ModelRegistry.trainer(for: c)
        let m = try XCTUnwrap(trainer.model as? ProGAN)
        let growth = try XCTUnwrap(trainer.growth)
        XCTAssertEqual(growth.stageStarts, [0, 2, 4])
        XCTAssertEqual(growth.fadeSteps, 2)
        XCTAssertEqual(growth.summary(batchSize: 4), "4x4 from image 0 (step 0); 8x8 from image 8 (step 2), fading in over 8 images; 16x16 from image 16 (step 4), fading in over 8 images")
        var seen: [String] = []
        var parameterSteps: [Float] = []
        for _ in 0..<5 {
            let metrics = try trainer.trainStep()
            seen.append("\(Int(metrics["resolution"]!))@\(metrics["alpha"]!)")
            parameterSteps.append(trainer.player("discriminator").optimizer.stateDict()["state.0.step"]?.scalarValue ?? 0)
        }
        XCTAssertEqual(seen, ["4@1.0", "4@1.0", "8@0.5", "8@1.0", "16@0.5"])
        XCTAssertEqual(parameterSteps, [1, 2, 1, 2, 1], "each stage starts Adam afresh")
        XCTAssertEqual(m.growth.stage, 2)
    }

    func testGrowingAndResumingAcrossAStageEqualsGrowingStraightThrough() throws {
        try ResumeCheck.assertResumeContinues(try tiny(steps: 5), steps: 5, stop: 3)
        try ResumeCheck.assertResumeContinues(try tiny(steps: 5), steps: 5, stop: 2)
    }

    func testACheckpointSamplesAtItsStage() throws {
        let c = try tiny(steps: 6)
        let trainer = try ModelRegistry.trainer(for: c)
        for _ in 0..<3 { try trainer.trainStep() }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("progan-stage-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: url) }
        try trainer.checkpoint(configuration: c.json).write(to: url)
        let inference = try ModelRegistry.inference(restoring: url).inference
        let restored = try XCTUnwrap(inference.model as? ProGAN)
        XCTAssertEqual(restored.growth.stage, 1)
        XCTAssertEqual(restored.growth.alpha, 0.5, "the last step, 2, faded in halfway")
        XCTAssertEqual(inference.samples(count: 2, seed: 7).samples.elements, trainer.samples(count: 2, seed: 7).samples.elements)
    }

    func testARunTooShortToReachTheDataResolutionIsRefused() throws {
        XCTAssertThrowsError(try ModelRegistry.trainer(for: try tiny(steps: 4))) { error in
            XCTAssertTrue("\(error)".contains("steps") && "\(error)".contains("16x16 at step 4"), "\(error)")
        }
    }
}
