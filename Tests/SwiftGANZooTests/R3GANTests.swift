import Foundation
import SwiftGAN
@testable import SwiftGANZoo
import XCTest

/// R3GAN: its loss and penalties against their definitions, its networks'
/// identity start and resampling, its schedules, and a resumed run.
final class R3GANTests: XCTestCase {
    private func tiny(steps: Int = 6) throws -> TrainingConfiguration {
        var c = try Presets.configuration("mnist32_r3gan")
        for (key, value) in [("r3gan.width", "32"), ("r3gan.minimum_width", "16"), ("batch_size", "4"), ("steps", "\(steps)"), ("data.resolution", "16")] {
            try c.set(key, to: value)
        }
        return c
    }

    func testPairingLossIsTheSoftplusOfTheScoreDifference() {
        let real = Tensor(NDArray([2, -1, 0.5], shape: [3, 1])), fake = Tensor(NDArray([1, 0.5, 3], shape: [3, 1]))
        let expected = zip([2, -1, 0.5], [1, 0.5, 3]).map { log(1 + exp($1 - $0)) }.reduce(0, +) / 3
        XCTAssertEqual(Double(R3GAN.pairingLoss(real, against: fake).scalarValue), expected, accuracy: 1e-6)
        let generatorSide = zip([2, -1, 0.5], [1, 0.5, 3]).map { log(1 + exp($0 - $1)) }.reduce(0, +) / 3
        XCTAssertEqual(Double(R3GAN.pairingLoss(fake, against: real).scalarValue), generatorSide, accuracy: 1e-6)
    }

    func testPenaltiesAreR1AndR2OfTheSharedPass() throws {
        let trainer = try ModelRegistry.trainer(for: tiny())
        for _ in 0..<2 { try trainer.trainStep() }
        let model = try XCTUnwrap(trainer.model as? R3GAN)
        var random = RandomGenerator(seed: 5)
        let real = Batch(images: random.uniform([4, 1, 16, 16], low: -1, high: 1), labels: nil, targets: nil, indices: [0, 1, 2, 3])
        let fake = Tensor(random.uniform([4, 1, 16, 16], low: -1, high: 1))
        let result = model.discriminatorLoss(real: real, fake: fake, fakeLatent: model.sampleLatent(count: 4, random: &random), step: 2, random: &random)
        let d = { (x: Tensor) in model.discriminatorNetwork(x) }
        let r1 = GradientPenalty.squaredNorm(d, at: real.images).scalarValue, r2 = GradientPenalty.squaredNorm(d, at: fake.value).scalarValue
        XCTAssertEqual(result.metrics["r1"]!, r1, accuracy: 1e-5 * max(1, r1))
        XCTAssertEqual(result.metrics["r2"]!, r2, accuracy: 1e-5 * max(1, r2))
        XCTAssertNotEqual(r1, r2, "after two steps the discriminator is no longer linear")
        let gamma = result.metrics["gamma"]!
        XCTAssertEqual(result.loss.scalarValue, result.metrics["pairing_d"]! + gamma / 2 * (r1 + r2), accuracy: 1e-5)
    }

    func testBlocksStartAsTheIdentityAndTheNetworksAsLinearMaps() throws {
        var random = RandomGenerator(seed: 1)
        let block = R3GANBlock(width: 16, expansion: 2, groupSize: 16, blocksInNetwork: 4, generator: &random)
        let x = Tensor(random.normal([2, 16, 4, 4]))
        XCTAssertEqual(block(x).value.elements, x.value.elements)
        XCTAssertEqual(block.grouped.groups, 2)
        let widths = StageWidths(resolution: 32, width: 256, minimum: 64)
        XCTAssertEqual(widths.stages, [256, 256, 128, 64])
        let d = R3GANDiscriminator(channels: 1, widths: StageWidths(resolution: 16, width: 32, minimum: 16), blocksPerStage: 1, expansion: 2, groupSize: 16, generator: &random)
        let a = Tensor(random.normal([1, 1, 16, 16])), b = Tensor(random.normal([1, 1, 16, 16]))
        // With every block the identity, D is linear: D(a + b) = D(a) + D(b).
        XCTAssertEqual(d(a + b).scalarValue, d(a).scalarValue + d(b).scalarValue, accuracy: 1e-4)
        XCTAssertEqual(d.transitions.count, 1, "one width change, 16 to 32 channels")
    }

    func testFIRResamplingIsUpfirdnWithTheBinomialFilter() {
        var random = RandomGenerator(seed: 2)
        let x = random.normal([1, 2, 3, 3])
        let up = withoutGrad { FIRResampling.upsample(Tensor(x)).value }
        XCTAssertEqual(up.shape, [1, 2, 6, 6])
        // upfirdn2d with up 2: zeros inserted, padded by (2, 1), correlated with the 4x4 filter times 4.
        let taps: [Double] = [1, 3, 3, 1].map { $0 / 8 }
        let values = x.elements
        for c in 0..<2 {
            for i in 0..<6 {
                for j in 0..<6 {
                    var sum = 0.0
                    for p in 0..<4 {
                        for q in 0..<4 {
                            let (u, v) = (i + p - 2, j + q - 2)
                            guard u >= 0, v >= 0, u % 2 == 0, v % 2 == 0, u / 2 < 3, v / 2 < 3 else { continue }
                            sum += taps[p] * taps[q] * 4 * Double(values[c * 9 + (u / 2) * 3 + v / 2])
                        }
                    }
                    XCTAssertEqual(Double(up.elements[c * 36 + i * 6 + j]), sum, accuracy: 1e-5)
                }
            }
        }
        let flat = NDArray([Float](repeating: 0.5, count: 64), shape: [1, 1, 8, 8])
        let down = withoutGrad { FIRResampling.downsample(Tensor(flat)).value }
        XCTAssertEqual(down.shape, [1, 1, 4, 4])
        XCTAssertEqual(down.elements[5], 0.5, accuracy: 1e-6, "an inner pixel of a flat image keeps its value")
    }

    func testSchedulesFollowTheCosineFromTheConfiguredStarts() throws {
        XCTAssertEqual(R3GANSchedule.cosine(2, 1, step: 0, steps: 10), 2)
        // cos(π/2) in double is 6e-17, not 0; with the sums around 2, a few ulps of 2 bound the rest.
        XCTAssertEqual(R3GANSchedule.cosine(2, 1, step: 5, steps: 10), 1.5, accuracy: 4 * (2 as Double).ulp)
        XCTAssertEqual(R3GANSchedule.cosine(2, 1, step: 30, steps: 10), 1)
        var c = try tiny(steps: 4)
        for (key, value) in [("optimizer.learning_rate", "2e-4"), ("r3gan.learning_rate_end", "5e-5"), ("optimizer.beta2", "0.9"), ("r3gan.beta2_end", "0.99")] {
            try c.set(key, to: value)
        }
        let trainer = try ModelRegistry.trainer(for: c)
        try trainer.trainStep()
        let generator = trainer.player("generator")
        let adam = try XCTUnwrap(generator.optimizer as? Adam)
        // The schedule runs in double from the configured Float; the optimizer keeps it as a Float: one Float rounding.
        let expected = R3GANSchedule.cosine(Double(Float(2e-4)), Double(Float(5e-5)), step: 0, steps: 4)
        XCTAssertEqual(Double(adam.learningRate), expected, accuracy: Double(Float(expected).ulp))
        XCTAssertEqual(Double(adam.beta2), 0.9, accuracy: 1e-7)
        try trainer.trainStep()
        XCTAssertEqual(Double(adam.beta2), R3GANSchedule.cosine(0.9, 0.99, step: 1, steps: 4), accuracy: 1e-6)
        XCTAssertEqual(generator.average?.decay, .halfLife(kimg: R3GANSchedule.cosine(0, 20, step: 1, steps: 4)))
        XCTAssertNil(trainer.player("discriminator").average)
    }

    func testAResumedRunContinuesExactly() throws {
        try ResumeCheck.assertResumeContinues(tiny(steps: 4), steps: 4, stop: 2)
    }

    func testBadSettingsNameTheirKey() throws {
        for (key, value, message) in [
            ("data.resolution", "24", "data.resolution: r3gan doubles its resolution from 4x4 and needs a power of two from 8, got 24"),
            ("r3gan.group_size", "7", "r3gan.group_size: must divide every stage's inner width (width times expansion)"),
            ("optimizer.learning_rate_decay", "true", "optimizer.learning_rate_decay: r3gan decays the learning rate on its own cosine (r3gan.learning_rate_end); remove the key"),
            ("players.generator.ema_beta", "0.99", "players.generator.ema_beta: and ema_half_life both set the moving average; keep one"),
        ] {
            var c = try tiny()
            try c.set(key, to: value)
            XCTAssertThrowsError(try ModelRegistry.trainer(for: c), key) { XCTAssertEqual("\($0)", message) }
        }
    }
}
