import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// RMSProp steps worked out by hand (eps 0).
final class RMSPropTests: XCTestCase {
    func testPlainSteps() {
        let p = Parameter(NDArray([1, -1], shape: [2]))
        let rmsprop = RMSProp([p], learningRate: 0.1, alpha: 0.5, eps: 0)
        // s = 0.5·g² = [2, 0.5]; p − 0.1·g/√s = [1 − 0.2/√2, −1 + 0.1/√0.5] = [0.8585786, −0.8585786]
        p.setGrad(NDArray([2, -1], shape: [2]))
        rmsprop.step()
        assertClose(p.value, [0.8585786, -0.8585786], shape: [2], rtol: 1e-6)
        // s = 0.5·[2, 0.5] + 0.5·[0, 1] = [1, 0.75]; p − 0.1·[0, 1/√0.75] = [0.8585786, −0.9740487]
        p.setGrad(NDArray([0, 1], shape: [2]))
        rmsprop.step()
        assertClose(p.value, [0.8585786, -0.9740487], shape: [2], rtol: 1e-6)
    }

    func testCenteredWithMomentum() {
        let p = Parameter(NDArray([1], shape: [1]))
        let rmsprop = RMSProp([p], learningRate: 0.1, alpha: 0.5, eps: 0, momentum: 0.5, centered: true)
        // g = 2: s = 0.5·4 = 2; a = lerp(0, 2, 0.5) = 1; r = √(2 − 1) = 1
        //        b = 0.5·0 + 2/1 = 2; p = 1 − 0.1·2 = 0.8
        p.setGrad(NDArray([2], shape: [1]))
        rmsprop.step()
        assertClose(p.value, [0.8], shape: [1], rtol: 1e-6)
        // g = −2: s = 0.5·2 + 0.5·4 = 3; a = lerp(1, −2, 0.5) = −0.5; r = √(3 − 0.25) = 1.6583124
        //         b = 0.5·2 − 2/1.6583124 = −0.2060454; p = 0.8 + 0.1·0.2060454 = 0.8206045
        p.setGrad(NDArray([-2], shape: [1]))
        rmsprop.step()
        assertClose(p.value, [0.8206045], shape: [1], rtol: 1e-6)
        let state = rmsprop.stateDict()
        assertClose(state["state.0.square_avg"]!, [3], shape: [1])
        assertClose(state["state.0.grad_avg"]!, [-0.5], shape: [1])
        assertClose(state["state.0.momentum_buffer"]!, [-0.2060454], shape: [1], rtol: 1e-6)
    }
}
