import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class AdversarialLossTests: XCTestCase {
    let real = Tensor([2, -1], shape: [2, 1])
    let fake = Tensor([0.5, -3], shape: [2, 1])

    func softplus(_ x: Double) -> Double { log1p(exp(x)) }
    func mean(_ v: [Double]) -> Double { v.reduce(0, +) / Double(v.count) }

    func testDiscriminatorLossesMatchTheirDefinitions() {
        let r: [Double] = [2, -1], f: [Double] = [0.5, -3]
        let expected: [AdversarialLoss: Double] = [
            .minimax: mean(r.map { softplus(-$0) }) + mean(f.map(softplus)),
            .nonSaturating: mean(r.map { softplus(-$0) }) + mean(f.map(softplus)),
            .leastSquares: 0.5 * (mean(r.map { ($0 - 1) * ($0 - 1) }) + mean(f.map { $0 * $0 })),
            .wasserstein: mean(f) - mean(r),
            .hinge: mean(r.map { max(0, 1 - $0) }) + mean(f.map { max(0, 1 + $0) }),
            .relativisticAverage: mean(r.map { softplus(-($0 - mean(f))) }) + mean(f.map { softplus($0 - mean(r)) }),
        ]
        for (loss, value) in expected {
            XCTAssertEqual(Double(loss.discriminatorLoss(real: real, fake: fake).scalarValue), value, accuracy: 1e-5, loss.rawValue)
        }
    }

    func testGeneratorLossesMatchTheirDefinitions() {
        let r: [Double] = [2, -1], f: [Double] = [0.5, -3]
        let expected: [AdversarialLoss: Double] = [
            .minimax: -mean(f.map(softplus)),
            .nonSaturating: mean(f.map { softplus(-$0) }),
            .leastSquares: 0.5 * mean(f.map { ($0 - 1) * ($0 - 1) }),
            .wasserstein: -mean(f),
            .hinge: -mean(f),
            .relativisticAverage: mean(f.map { softplus(-($0 - mean(r))) }) + mean(r.map { softplus($0 - mean(f)) }),
        ]
        for (loss, value) in expected {
            XCTAssertEqual(Double(loss.generatorLoss(fake: fake, real: real).scalarValue), value, accuracy: 1e-5, loss.rawValue)
        }
    }

    func testOneSidedLabelSmoothing() {
        let smoothed = AdversarialLoss.nonSaturating.discriminatorLoss(real: real, fake: fake, realTarget: 0.9).scalarValue
        let r: [Double] = [2, -1], f: [Double] = [0.5, -3]
        let expected = mean(r.map { 0.9 * softplus(-$0) + 0.1 * softplus($0) }) + mean(f.map(softplus))
        XCTAssertEqual(Double(smoothed), expected, accuracy: 1e-5)
        let ls = AdversarialLoss.leastSquares.discriminatorLoss(real: real, fake: fake, realTarget: 0.9).scalarValue
        XCTAssertEqual(Double(ls), 0.5 * (mean(r.map { ($0 - 0.9) * ($0 - 0.9) }) + mean(f.map { $0 * $0 })), accuracy: 1e-5)
    }

    func testNamesParse() {
        XCTAssertEqual(AdversarialLoss(rawValue: "non_saturating"), .nonSaturating)
        XCTAssertTrue(AdversarialLoss.hinge.isCritic)
        XCTAssertFalse(AdversarialLoss.leastSquares.isCritic)
    }
}

final class PenaltyTermTests: XCTestCase {
    /// For a linear critic D(x) = w · x every input gradient is w, so the penalties have closed forms.
    func testPenaltiesOfALinearCriticHaveClosedForms() {
        var g = RandomGenerator(seed: 1)
        let w = Tensor([0.6, 0.8, 1.2, -0.4], shape: [4, 1], requiresGrad: true)
        let critic = { (x: Tensor) in Tensor.matmul(x.flatten(), w) }
        let real = Tensor(g.normal([3, 1, 2, 2])), fake = Tensor(g.normal([3, 1, 2, 2]))
        let norm = Float((0.36 + 0.64 + 1.44 + 0.16).squareRoot())
        let gp = GradientPenalty.wganGP(weight: 10)(critic, real: real, fake: fake, generator: &g)
        XCTAssertEqual(gp.scalarValue, 10 * (norm - 1) * (norm - 1), accuracy: 1e-4)
        let dragan = GradientPenalty.dragan(weight: 10)(critic, real: real, fake: fake, generator: &g)
        XCTAssertEqual(dragan.scalarValue, gp.scalarValue, accuracy: 1e-4)
        let r1 = GradientPenalty.r1(gamma: 10)(critic, real: real, fake: fake, generator: &g)
        XCTAssertEqual(r1.scalarValue, 5 * norm * norm, accuracy: 1e-4)
        // d/dw of λ(‖w‖ - 1)² = 2λ(‖w‖ - 1) w / ‖w‖, through the second derivative.
        let grad = gradients(of: gp, wrt: [w])[0]
        assertClose(grad.value, w.value.map(.affine(scale: 20 * (norm - 1) / norm, shift: 0)), rtol: 1e-4, atol: 1e-5)
        assertClose(gradients(of: r1, wrt: [w])[0].value, w.value.map(.affine(scale: 10, shift: 0)), rtol: 1e-4, atol: 1e-5)
    }

    func testPenaltyGradientOfANonlinearCriticMatchesFiniteDifferences() {
        var g = RandomGenerator(seed: 2)
        let real = g.normal([2, 3]), fake = g.normal([2, 3])
        func penalty(_ p: [Tensor], _ kind: GradientPenalty) -> Tensor {
            var r = RandomGenerator(seed: 9)
            let critic = { (x: Tensor) in Tensor.linear(Tensor.linear(x, weight: p[0]).tanh(), weight: p[1]) }
            return kind(critic, real: Tensor(real), fake: Tensor(fake), generator: &r)
        }
        let parameters = [g.normal([4, 3]), g.normal([1, 4])]
        for kind in [GradientPenalty.wganGP(weight: 10), .dragan(weight: 10), .r1(gamma: 10), .r2(gamma: 1)] {
            let leaves = parameters.map { Tensor($0, requiresGrad: true) }
            let analytic = gradients(of: penalty(leaves, kind), wrt: leaves)
            for i in parameters.indices {
                let numeric = FiniteDifferences.numericGradient(of: parameters, at: i, step: 1e-2) { arrays in
                    Double(penalty(arrays.map { Tensor($0) }, kind).scalarValue)
                }
                assertClose(analytic[i].value, numeric, rtol: 3e-2, atol: 3e-3, "\(kind) parameter \(i)")
            }
        }
    }
}
