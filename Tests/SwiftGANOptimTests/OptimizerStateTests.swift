import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// Saving and restoring optimizer state: a restored run continues exactly as
/// an uninterrupted one, and a state that does not fit changes nothing.
final class OptimizerStateTests: XCTestCase {
    private static let shapes = [[2, 3], [3]]

    /// Optimizers covering every kind of per-parameter state.
    private static var makers: [(String, ([Parameter]) -> any Optimizer)] {
        [
            ("sgd", { SGD($0, learningRate: 0.05, momentum: 0.9, nesterov: true) }),
            ("adam", { Adam($0, learningRate: 0.01, weightDecay: 0.1, amsgrad: true) }),
            ("adamw", { AdamW($0, learningRate: 0.01) }),
            ("rmsprop", { RMSProp($0, learningRate: 0.01, momentum: 0.5, centered: true) }),
        ]
    }

    private static func parameters() -> [Parameter] {
        var generator = RandomGenerator(seed: 3)
        return shapes.map { Parameter(generator.normal($0)) }
    }

    /// Sets seeded gradients for step `step` (the second parameter has none at step 1) and steps.
    private static func step(_ optimizer: any Optimizer, _ step: Int) {
        var generator = RandomGenerator(seed: 100 + UInt64(step))
        for (index, parameter) in optimizer.parameters.enumerated() {
            parameter.setGrad(index == 1 && step == 1 ? nil : generator.normal(parameter.shape))
        }
        optimizer.step()
    }

    func testRestoredRunContinuesLikeTheUninterruptedOne() throws {
        for (name, make) in Self.makers {
            let uninterrupted = make(Self.parameters())
            for s in 0..<3 { Self.step(uninterrupted, s) }
            let saved = uninterrupted.stateDict()
            let savedCopy = StateDict(saved.entries.map { ($0.name, NDArray($0.value.elements, shape: $0.value.shape)) })
            let values = uninterrupted.parameters.map(\.value)
            for s in 3..<6 { Self.step(uninterrupted, s) }

            let restored = make(values.map { Parameter($0) })
            restored.learningRate = 123
            try restored.load(saved)
            XCTAssertEqual(restored.stepCount, 3, name)
            XCTAssertEqual(restored.stateDict(), saved, name)
            for s in 3..<6 { Self.step(restored, s) }

            XCTAssertEqual(restored.stepCount, uninterrupted.stepCount, name)
            for (a, b) in zip(restored.parameters, uninterrupted.parameters) {
                XCTAssertEqual(a.value.elements, b.value.elements, name)
            }
            XCTAssertEqual(restored.stateDict(), uninterrupted.stateDict(), name)
            XCTAssertEqual(saved, savedCopy, "\(name): later steps changed a saved state")
        }
    }

    func testStateNames() {
        let expected: [String: [String]] = [
            "sgd": ["step", "lr", "momentum", "dampening", "weight_decay", "nesterov", "state.0.momentum_buffer"],
            "adam": [
                "step", "lr", "beta1", "beta2", "eps", "weight_decay", "amsgrad", "decoupled_weight_decay",
                "state.0.step", "state.0.exp_avg", "state.0.exp_avg_sq", "state.0.max_exp_avg_sq",
            ],
            "adamw": [
                "step", "lr", "beta1", "beta2", "eps", "weight_decay", "amsgrad", "decoupled_weight_decay",
                "state.0.step", "state.0.exp_avg", "state.0.exp_avg_sq",
            ],
            "rmsprop": [
                "step", "lr", "alpha", "eps", "weight_decay", "momentum", "centered",
                "state.0.square_avg", "state.0.momentum_buffer", "state.0.grad_avg",
            ],
        ]
        for (name, make) in Self.makers {
            let optimizer = make(Self.parameters())
            Self.step(optimizer, 1)
            let state = optimizer.stateDict()
            XCTAssertEqual(state.keys, expected[name], name)
            XCTAssertEqual(state["step"]?.shape, [])
            XCTAssertEqual(state["lr"]?.scalarValue, optimizer.learningRate)
        }
    }

    func testLoadRestoresHyperparameters() throws {
        let source = Adam(Self.parameters(), learningRate: 0.02, betas: (0.5, 0.9), eps: 1e-6, weightDecay: 0.1)
        let target = Adam(Self.parameters())
        try target.load(source.stateDict())
        XCTAssertEqual(target.learningRate, 0.02)
        XCTAssertEqual(target.beta1, 0.5)
        XCTAssertEqual(target.beta2, 0.9)
        XCTAssertEqual(target.eps, 1e-6)
        XCTAssertEqual(target.weightDecay, 0.1)
        XCTAssertEqual(target.stepCount, 0)
    }

    func testMismatchedStateThrowsAndChangesNothing() {
        let source = Adam(Self.parameters(), amsgrad: true)
        for s in 0..<2 { Self.step(source, s) }
        let good = source.stateDict()
        var wrongShape = good
        wrongShape["state.0.exp_avg"] = NDArray(zeros: [6])
        var missing = good
        missing["beta2"] = nil
        var missingMoment = good
        missingMoment["state.1.exp_avg_sq"] = nil
        var extraIndex = good
        extraIndex["state.2.exp_avg"] = NDArray(zeros: [3])
        var unknownName = good
        unknownName["state.0.momentum_buffer"] = NDArray(zeros: [2, 3])
        var badFlag = good
        badFlag["amsgrad"] = NDArray(scalar: 0.5)
        var badStep = good
        badStep["state.1.step"] = NDArray(scalar: -1)
        var badRate = good
        badRate["lr"] = NDArray(scalar: -0.1)
        let cases: [(StateDict, OptimizerStateError)] = [
            (wrongShape, .shapeMismatch(key: "state.0.exp_avg", expected: [2, 3], found: [6])),
            (missing, .missingKey("beta2")),
            (missingMoment, .missingKey("state.1.exp_avg_sq")),
            (extraIndex, .unexpectedKey("state.2.exp_avg")),
            (unknownName, .unexpectedKey("state.0.momentum_buffer")),
            (badFlag, .invalidValue(key: "amsgrad", value: 0.5, requirement: "0 or 1")),
            (badStep, .invalidValue(key: "state.1.step", value: -1, requirement: "a whole number >= 0")),
            (badRate, .invalidValue(key: "lr", value: -0.1, requirement: ">= 0")),
        ]
        let target = Adam(Self.parameters())
        Self.step(target, 5)
        let before = target.stateDict()
        for (state, expected) in cases {
            XCTAssertThrowsError(try target.load(state)) { error in
                XCTAssertEqual(error as? OptimizerStateError, expected)
                XCTAssertTrue("\(error)".contains(expected.key), "\(error)")
            }
            XCTAssertEqual(target.stateDict(), before)
        }
    }

    func testStateOfAnotherOptimizerKindIsRejected() {
        let adam = Adam(Self.parameters()), adamW = AdamW(Self.parameters()), sgd = SGD(Self.parameters(), learningRate: 1)
        XCTAssertThrowsError(try adamW.load(adam.stateDict())) { error in
            XCTAssertEqual(
                error as? OptimizerStateError,
                .invalidValue(key: "decoupled_weight_decay", value: 0, requirement: "1 for AdamW"))
        }
        XCTAssertThrowsError(try sgd.load(adam.stateDict())) { error in
            XCTAssertEqual(error as? OptimizerStateError, .missingKey("momentum"))
        }
        XCTAssertThrowsError(try RMSProp(Self.parameters()).load(sgd.stateDict())) { error in
            XCTAssertEqual(error as? OptimizerStateError, .missingKey("alpha"))
        }
    }
}

extension OptimizerStateError {
    /// The key the error names.
    fileprivate var key: String {
        switch self {
        case .missingKey(let key), .unexpectedKey(let key): key
        case .shapeMismatch(let key, _, _), .invalidValue(let key, _, _): key
        }
    }
}
