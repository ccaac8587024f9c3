import SwiftGAN
import XCTest

/// Learning-rate schedules at known steps.
final class ScheduleTests: XCTestCase {
    func testConstant() {
        let schedule = ConstantSchedule(0.1)
        XCTAssertEqual(schedule.learningRate(atStep: 0), 0.1)
        XCTAssertEqual(schedule.learningRate(atStep: 10_000), 0.1)
    }

    func testLinearDecay() {
        let schedule = LinearDecaySchedule(base: 2, from: 10, to: 20, finalFactor: 0.1)
        // 2 until step 10, then 2·(1 − 0.9·(step − 10)/10), 0.2 from step 20 on
        for (step, expected) in [(0, 2), (10, 2), (12, 1.64), (15, 1.1), (20, 0.2), (35, 0.2)] as [(Int, Float)] {
            XCTAssertEqual(schedule.learningRate(atStep: step), expected, accuracy: 1e-6, "step \(step)")
        }
    }

    func testCosine() {
        let schedule = CosineSchedule(base: 1, final: 0.1, to: 10)
        // 0.1 + 0.9·(1 + cos(π·step/10))/2; cos(0.2π) = 0.809017
        for (step, expected) in [(0, 1), (2, 0.9140576), (5, 0.55), (10, 0.1), (11, 0.1)] as [(Int, Float)] {
            XCTAssertEqual(schedule.learningRate(atStep: step), expected, accuracy: 1e-6, "step \(step)")
        }
        let delayed = CosineSchedule(base: 1, from: 4, to: 8)
        // 1 until step 4, then (1 + cos(π·(step − 4)/4))/2, 0 from step 8 on
        for (step, expected) in [(0, 1), (4, 1), (6, 0.5), (8, 0), (9, 0)] as [(Int, Float)] {
            XCTAssertEqual(delayed.learningRate(atStep: step), expected, accuracy: 1e-6, "step \(step)")
        }
    }

    func testLinearWarmup() {
        let schedule = LinearWarmupSchedule(ConstantSchedule(0.5), warmupSteps: 4)
        // 0.5·step/4 for step < 4, then 0.5
        for (step, expected) in [(0, 0), (1, 0.125), (2, 0.25), (4, 0.5), (9, 0.5)] as [(Int, Float)] {
            XCTAssertEqual(schedule.learningRate(atStep: step), expected, accuracy: 1e-7, "step \(step)")
        }
        let fromFifth = LinearWarmupSchedule(ConstantSchedule(0.5), warmupSteps: 4, startFactor: 0.2)
        // 0.5·(0.2 + 0.8·step/4): step 0 → 0.1, step 2 → 0.3
        XCTAssertEqual(fromFifth.learningRate(atStep: 0), 0.1, accuracy: 1e-7)
        XCTAssertEqual(fromFifth.learningRate(atStep: 2), 0.3, accuracy: 1e-7)
    }

    func testWarmupIntoCosine() {
        let schedule = LinearWarmupSchedule(CosineSchedule(base: 1, from: 4, to: 14), warmupSteps: 4)
        // warm-up of the constant first part, then the cosine from step 4: half-way at step 9
        XCTAssertEqual(schedule.learningRate(atStep: 2), 0.5, accuracy: 1e-7)
        XCTAssertEqual(schedule.learningRate(atStep: 4), 1, accuracy: 1e-7)
        XCTAssertEqual(schedule.learningRate(atStep: 9), 0.5, accuracy: 1e-6)
        XCTAssertEqual(schedule.learningRate(atStep: 14), 0, accuracy: 1e-7)
    }

    func testApplyingAScheduleSetsTheRateOfTheComingStep() {
        let p = Parameter(NDArray([0], shape: [1]))
        let sgd = SGD([p], learningRate: 99)
        let schedule = LinearWarmupSchedule(ConstantSchedule(1), warmupSteps: 2, startFactor: 0.5)
        // rates 0.5, 0.75, 1, 1 with gradient 1: p = −0.5, −1.25, −2.25, −3.25
        var rates: [Float] = []
        for _ in 0..<4 {
            sgd.applySchedule(schedule)
            rates.append(sgd.learningRate)
            p.setGrad(NDArray([1], shape: [1]))
            sgd.step()
        }
        XCTAssertEqual(rates, [0.5, 0.75, 1, 1])
        XCTAssertEqual(p.value.elements, [-3.25])
    }
}
