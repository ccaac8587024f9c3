import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// SGD steps worked out by hand (every number is exact in binary).
final class SGDTests: XCTestCase {
    func testWeightDecayEntersTheGradient() {
        let p = Parameter(NDArray([1, -2], shape: [2]))
        let sgd = SGD([p], learningRate: 0.5, weightDecay: 0.5)
        // d = g + 0.5·p = [0.5 + 0.5, 0.25 − 1] = [1, −0.75]; p − 0.5·d = [0.5, −1.625]
        p.setGrad(NDArray([0.5, 0.25], shape: [2]))
        sgd.step()
        assertClose(p.value, [0.5, -1.625], shape: [2], rtol: 0, atol: 0)
        // d = [0 + 0.25, 1 − 0.8125] = [0.25, 0.1875]; p − 0.5·d = [0.375, −1.71875]
        p.setGrad(NDArray([0, 1], shape: [2]))
        sgd.step()
        assertClose(p.value, [0.375, -1.71875], shape: [2], rtol: 0, atol: 0)
    }

    func testMomentumWithDampeningStartsFromTheFirstGradient() {
        let p = Parameter(NDArray([1, 2], shape: [2]))
        let sgd = SGD([p], learningRate: 1, momentum: 0.5, dampening: 0.5)
        // first step: b = g = [1, −1] (no dampening); p − b = [0, 3]
        p.setGrad(NDArray([1, -1], shape: [2]))
        sgd.step()
        assertClose(p.value, [0, 3], shape: [2], rtol: 0, atol: 0)
        // b = 0.5·[1, −1] + 0.5·[2, 2] = [1.5, 0.5]; p − b = [−1.5, 2.5]
        p.setGrad(NDArray([2, 2], shape: [2]))
        sgd.step()
        assertClose(p.value, [-1.5, 2.5], shape: [2], rtol: 0, atol: 0)
        assertClose(sgd.stateDict()["state.0.momentum_buffer"]!, [1.5, 0.5], shape: [2], rtol: 0, atol: 0)
    }

    func testNesterovLooksAhead() {
        let p = Parameter(NDArray([1, 0], shape: [2]))
        let sgd = SGD([p], learningRate: 0.5, momentum: 0.5, nesterov: true)
        // b = g = [2, −4]; u = g + 0.5·b = [3, −6]; p − 0.5·u = [−0.5, 3]
        p.setGrad(NDArray([2, -4], shape: [2]))
        sgd.step()
        assertClose(p.value, [-0.5, 3], shape: [2], rtol: 0, atol: 0)
        // b = 0.5·[2, −4] + [0, 2] = [1, 0]; u = [0, 2] + 0.5·[1, 0] = [0.5, 2]; p − 0.5·u = [−0.75, 2]
        p.setGrad(NDArray([0, 2], shape: [2]))
        sgd.step()
        assertClose(p.value, [-0.75, 2], shape: [2], rtol: 0, atol: 0)
    }

    func testParametersWithoutGradientAreSkipped() {
        let a = Parameter(NDArray([1], shape: [1])), b = Parameter(NDArray([5], shape: [1]))
        let sgd = SGD([a, b], learningRate: 0.5, momentum: 0.9, weightDecay: 0.1)
        a.setGrad(NDArray([2], shape: [1]))
        sgd.step()
        // a: d = 2 + 0.1·1 = 2.1, b = d; a − 0.5·2.1 = −0.05. b has no gradient: untouched, no state.
        assertClose(a.value, [-0.05], shape: [1])
        XCTAssertEqual(b.value.elements, [5])
        XCTAssertEqual(sgd.stateDict().keys.filter { $0.hasPrefix("state.") }, ["state.0.momentum_buffer"])
        XCTAssertEqual(sgd.stepCount, 1)
    }
}
