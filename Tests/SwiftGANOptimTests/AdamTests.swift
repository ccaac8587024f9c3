import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// Adam and AdamW steps worked out by hand (eps 0 keeps the arithmetic short).
final class AdamTests: XCTestCase {
    func testTwoStepsWithBiasCorrection() {
        let p = Parameter(NDArray([1, -1], shape: [2]))
        let adam = Adam([p], learningRate: 0.1, betas: (0.5, 0.75), eps: 0)
        // m = 0.5·g = [1, −0.25]; v = 0.25·g² = [1, 0.0625]
        // step size 0.1 / (1 − 0.5) = 0.2; denominator √v / √(1 − 0.75) = [2, 0.5]
        // p − 0.2·m / denominator = [1 − 0.1, −1 + 0.1] = [0.9, −0.9]
        p.setGrad(NDArray([2, -0.5], shape: [2]))
        adam.step()
        assertClose(p.value, [0.9, -0.9], shape: [2], rtol: 1e-6)
        // m = 0.5·[1, −0.25] + 0.5·[2, 0.5] = [1.5, 0.125]
        // v = 0.75·[1, 0.0625] + 0.25·[4, 0.25] = [1.75, 0.109375]
        // m̂ = m / (1 − 0.25) = [2, 1/6]; v̂ = v / (1 − 0.5625) = [4, 0.25]; √v̂ = [2, 0.5]
        // p − 0.1·m̂ / √v̂ = [0.9 − 0.1, −0.9 − 0.1/3] = [0.8, −0.9333333]
        p.setGrad(NDArray([2, 0.5], shape: [2]))
        adam.step()
        assertClose(p.value, [0.8, -0.93333333], shape: [2], rtol: 1e-6)
    }

    /// The vectorized loop of the common case gives the bits of the scalar update
    /// (remainders of sixteen lanes included, and a parameter large enough to be
    /// split over threads).
    func testVectorizedStepsEqualTheScalarUpdateBitForBit() {
        for (beta1, count) in [(Float(0.9), 37), (0.5, 37), (0.5, 70_001)] {
            var random = RandomGenerator(seed: 3)
            let start = random.normal([count])
            let p = Parameter(start)
            let (lr, beta2, eps): (Float, Float, Float) = (2e-3, 0.99, 1e-8)
            let adam = Adam([p], learningRate: lr, betas: (beta1, beta2), eps: eps)
            var (value, m, v) = (start.elements, [Float](repeating: 0, count: count), [Float](repeating: 0, count: count))
            for step in 1...3 {
                let grad = random.normal([count])
                p.setGrad(grad)
                adam.step()
                // Hyperparameters widen to the doubles their decimal spellings denote, as PyTorch's.
                let (t, wide) = (Double(step), { (x: Float) in Double(x.description)! })
                let stepSize = Float(wide(lr) / (1 - pow(wide(beta1), t)))
                let correction2 = Float((1 - pow(wide(beta2), t)).squareRoot())
                let (w1, w2) = (Float(1 - wide(beta1)), Float(1 - wide(beta2)))
                for (j, d) in grad.elements.enumerated() {
                    m[j] = abs(w1) < 0.5 ? m[j] + w1 * (d - m[j]) : d - (d - m[j]) * (1 - w1)
                    v[j] = v[j] * beta2 + w2 * d * d
                    value[j] += -stepSize * m[j] / (v[j].squareRoot() / correction2 + eps)
                }
                XCTAssertEqual(p.value.elements, value, "beta1 \(beta1), \(count) elements, step \(step)")
            }
        }
    }

    func testCoupledAndDecoupledWeightDecay() {
        // The first step moves every element by lr·sign(d) when eps = 0 (m̂ = d, v̂ = d²).
        let a = Parameter(NDArray([2, -4], shape: [2]))
        let adam = Adam([a], learningRate: 0.1, eps: 0, weightDecay: 0.5)
        // Adam: d = g + 0.5·p = [1 + 1, 1 − 2] = [2, −1]; p − 0.1·sign(d) = [1.9, −3.9]
        a.setGrad(NDArray([1, 1], shape: [2]))
        adam.step()
        assertClose(a.value, [1.9, -3.9], shape: [2], rtol: 1e-6)

        let b = Parameter(NDArray([2, -4], shape: [2]))
        let adamW = AdamW([b], learningRate: 0.1, eps: 0, weightDecay: 0.5)
        // AdamW: p·(1 − 0.1·0.5) = [1.9, −3.8]; d = g = [1, 1]; p − 0.1·sign(d) = [1.8, −3.9]
        b.setGrad(NDArray([1, 1], shape: [2]))
        adamW.step()
        assertClose(b.value, [1.8, -3.9], shape: [2], rtol: 1e-6)
    }

    func testAMSGradNormalizesByTheLargestSecondMoment() {
        let plain = Parameter(NDArray([0], shape: [1])), ams = Parameter(NDArray([0], shape: [1]))
        let adam = Adam([plain], learningRate: 0.1, betas: (0.5, 0.5), eps: 0)
        let amsgrad = Adam([ams], learningRate: 0.1, betas: (0.5, 0.5), eps: 0, amsgrad: true)
        // step 1, g = 2: m = 1, v = 2 = max; 0.1/0.5 · 1 / (√2/√0.5) = 0.1 → p = −0.1 (both)
        // step 2, g = 1: m = 1, v = 1.5, max stays 2; step size 0.1/0.75
        //   plain:   (0.1/0.75) / (√1.5/√0.75) = 0.0942809 → p = −0.1942809
        //   amsgrad: (0.1/0.75) / (√2/√0.75) = 0.1/√1.5 = 0.0816497 → p = −0.1816497
        for g: Float in [2, 1] {
            plain.setGrad(NDArray([g], shape: [1]))
            ams.setGrad(NDArray([g], shape: [1]))
            adam.step()
            amsgrad.step()
        }
        assertClose(plain.value, [-0.1942809], shape: [1], rtol: 1e-6)
        assertClose(ams.value, [-0.1816497], shape: [1], rtol: 1e-6)
        assertClose(amsgrad.stateDict()["state.0.max_exp_avg_sq"]!, [2], shape: [1])
    }

    func testBiasCorrectionCountsStepsPerParameter() {
        let a = Parameter(NDArray([0], shape: [1])), b = Parameter(NDArray([0], shape: [1]))
        let adam = Adam([a, b], learningRate: 0.1, eps: 0)
        a.setGrad(NDArray([1], shape: [1]))
        adam.step()
        b.setGrad(NDArray([-3], shape: [1]))
        adam.step()
        // b's first update is still a bias-corrected first step: exactly −lr·sign(g)
        assertClose(b.value, [0.1], shape: [1], rtol: 1e-6)
        let state = adam.stateDict()
        XCTAssertEqual(state["step"]?.scalarValue, 2)
        XCTAssertEqual(state["state.0.step"]?.scalarValue, 2)
        XCTAssertEqual(state["state.1.step"]?.scalarValue, 1)
    }
}
