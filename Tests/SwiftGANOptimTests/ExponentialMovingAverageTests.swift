import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// The weight average of a generator copy, as StyleGAN2-ADA keeps it.
final class ExponentialMovingAverageTests: XCTestCase {
    func testBetaFromHalfLife() {
        let ramped = EMADecay.halfLife(kimg: 10, rampup: 0.05)
        // no image seen yet: ema_nimg = min(10000, 0) = 0 → 0.5^(32/1e-8) = 0, a plain copy
        XCTAssertEqual(ramped.beta(batchSize: 32, imagesSeen: 0), 0)
        // 1000 images: ema_nimg = min(10000, 50) = 50 → 0.5^(32/50) = 0.6417129
        XCTAssertEqual(ramped.beta(batchSize: 32, imagesSeen: 1000), 0.641712948, accuracy: 1e-9)
        // 10^6 images: ema_nimg = min(10000, 50000) = 10000 → 0.5^(32/10000) = 0.9977844
        XCTAssertEqual(ramped.beta(batchSize: 32, imagesSeen: 1_000_000), pow(0.5, 0.0032), accuracy: 1e-12)
        let fixed = EMADecay.halfLife(kimg: 10, rampup: nil)
        XCTAssertEqual(fixed.beta(batchSize: 32, imagesSeen: 0), pow(0.5, 0.0032), accuracy: 1e-12)
        XCTAssertEqual(EMADecay.beta(0.999).beta(batchSize: 64, imagesSeen: 5), 0.999)
    }

    func testUpdateBlendsParametersAndCopiesBuffers() {
        let source = TinyModule(weight: [1, 2], running: [0, 0])
        let average = source.copy { TinyModule(weight: [0, 0], running: [9, 9]) }
        let ema = ExponentialMovingAverage(target: average, decay: .beta(0.75))
        source.weight.assign(NDArray([3, -2], shape: [2]))
        source.running.value = NDArray([5, 6], shape: [2])
        ema.update(from: source, batchSize: 8)
        // ema = lerp(weight, ema, 0.75) = weight + 0.75·(ema − weight) = [3 − 1.5, −2 + 3] = [1.5, 1]
        XCTAssertEqual(average.weight.value.elements, [1.5, 1])
        XCTAssertEqual(average.running.value.elements, [5, 6])
        XCTAssertEqual(source.weight.value.elements, [3, -2])
        XCTAssertEqual(ema.stepCount, 1)
        XCTAssertEqual(ema.imagesSeen, 8)
    }

    func testRampUpCopiesAtTheStartThenAverages() {
        let source = TinyModule(weight: [1], running: [])
        let average = source.copy { TinyModule(weight: [0], running: []) }
        let ema = ExponentialMovingAverage(target: average, decay: .halfLife(kimg: 10, rampup: 0.05))
        source.weight.assign(NDArray([2], shape: [1]))
        ema.update(from: source, batchSize: 32)
        XCTAssertEqual(average.weight.value.elements, [2])
        // 32 images seen: ema_nimg = 1.6, beta = 0.5^(32/1.6) = 0.5^20
        source.weight.assign(NDArray([3], shape: [1]))
        XCTAssertEqual(ema.beta(batchSize: 32), pow(0.5, 20), accuracy: 1e-15)
        ema.update(from: source, batchSize: 32)
        assertClose(average.weight.value, [3 - Float(pow(0.5, 20))], shape: [1], rtol: 1e-7, atol: 0)
    }

    func testStateRoundTrip() throws {
        let source = TinyModule(weight: [1], running: [])
        let ema = ExponentialMovingAverage(target: source.copy { TinyModule(weight: [0], running: []) }, decay: .beta(0.5))
        ema.update(from: source, batchSize: 20_000_001)
        ema.update(from: source, batchSize: 3)
        let state = ema.stateDict()
        XCTAssertEqual(state.keys, ["step", "images_seen"])
        let restored = ExponentialMovingAverage(target: TinyModule(weight: [0], running: []), decay: .beta(0.5))
        try restored.load(state)
        XCTAssertEqual(restored.stepCount, 2)
        XCTAssertEqual(restored.imagesSeen, 20_000_004)

        var wrong = state
        wrong["images_seen"] = NDArray(scalar: 4)
        XCTAssertThrowsError(try restored.load(wrong)) { error in
            XCTAssertEqual(error as? OptimizerStateError, .shapeMismatch(key: "images_seen", expected: [2], found: []))
        }
        var extra = state
        extra["beta"] = NDArray(scalar: 0.5)
        XCTAssertThrowsError(try restored.load(extra)) { error in
            XCTAssertEqual(error as? OptimizerStateError, .unexpectedKey("beta"))
        }
        XCTAssertEqual(restored.imagesSeen, 20_000_004)
    }
}
