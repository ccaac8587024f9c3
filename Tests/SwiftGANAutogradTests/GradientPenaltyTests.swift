import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// The WGAN-GP and R1 penalties of a small conv + leaky-relu + linear critic,
/// differentiated with respect to the critic's parameters through
/// `createGraph`, against finite differences of the penalty itself.
final class GradientPenaltyTests: XCTestCase {
    var generator = RandomGenerator(seed: 2024)

    /// conv 1->3 k3 s2 p1, leaky relu 0.2, linear 27->1.
    func critic(_ x: Tensor, _ p: [Tensor]) -> Tensor {
        let h = Tensor.conv2d(x, weight: p[0], bias: p[1], stride: (2, 2), padding: (1, 1)).leakyRelu(slope: 0.2)
        return Tensor.linear(h.flatten(), weight: p[2], bias: p[3])
    }

    func makeParameters() -> [NDArray] {
        [generator.normal([3, 1, 3, 3]), generator.normal([3]), generator.normal([1, 27]), generator.normal([1])]
    }

    /// `10 * mean((||∇x̂ D(x̂)|| - 1)²)` with one interpolation weight per sample.
    func wganGP(_ p: [Tensor], real: NDArray, fake: NDArray, epsilon: NDArray, createGraph: Bool) -> Tensor {
        let e = Tensor(epsilon)
        let mixed = Tensor((e * Tensor(real) + (1 - e) * Tensor(fake)).value, requiresGrad: true)
        let g = gradients(of: critic(mixed, p).sum(), wrt: [mixed], createGraph: createGraph)[0]
        let norm = g.flatten().square().sum(axes: [1]).sqrt()
        return (norm - 1).square().mean() * 10
    }

    /// `γ/2 * mean(||∇x D(x)||²)` on real data.
    func r1(_ p: [Tensor], real: NDArray, gamma: Float, createGraph: Bool) -> Tensor {
        let x = Tensor(real, requiresGrad: true)
        let g = gradients(of: critic(x, p).sum(), wrt: [x], createGraph: createGraph)[0]
        return g.flatten().square().sum(axes: [1]).mean() * (gamma / 2)
    }

    func checkAgainstFiniteDifferences(_ penalty: ([Tensor], Bool) -> Tensor, parameters: [NDArray]) {
        let leaves = parameters.map { Tensor($0, requiresGrad: true) }
        let value = penalty(leaves, true)
        XCTAssertGreaterThan(value.scalarValue, 0)
        let analytic = gradients(of: value, wrt: leaves)
        for index in parameters.indices {
            let numeric = FiniteDifferences.numericGradient(of: parameters, at: index, step: 5e-3) { arrays in
                Double(penalty(arrays.map { Tensor($0) }, false).scalarValue)
            }
            if index == 0 || index == 2 {
                // The biases do not change ∇x D (leaky relu is piecewise linear), the weights do.
                XCTAssertGreaterThan(numeric.elements.map(abs).max()!, 1e-3, "weight \(index) has a gradient")
            }
            assertClose(analytic[index].value, numeric, rtol: 3e-2, atol: 5e-3, "parameter \(index)")
        }
    }

    func testWGANGPPenaltyGradientMatchesFiniteDifferences() {
        let real = generator.uniform([2, 1, 6, 6], low: -1, high: 1)
        let fake = generator.uniform([2, 1, 6, 6], low: -1, high: 1)
        let epsilon = generator.uniform([2, 1, 1, 1])
        checkAgainstFiniteDifferences({ p, graph in
            self.wganGP(p, real: real, fake: fake, epsilon: epsilon, createGraph: graph)
        }, parameters: makeParameters())
    }

    func testR1PenaltyGradientMatchesFiniteDifferences() {
        let real = generator.uniform([2, 1, 6, 6], low: -1, high: 1)
        checkAgainstFiniteDifferences({ p, graph in
            self.r1(p, real: real, gamma: 10, createGraph: graph)
        }, parameters: makeParameters())
    }

    func testInputGradientOfCriticMatchesFiniteDifferences() {
        let parameters = makeParameters().map { Tensor($0) }
        FiniteDifferences.checkFirst([generator.uniform([2, 1, 6, 6], low: -1, high: 1)]) { self.critic($0[0], parameters) }
    }

    func testPenaltyGradientAlsoReachesTheInput() {
        let parameters = makeParameters().map { Tensor($0) }
        // Finite differences must not cross the leaky-relu kink: draw inputs whose
        // pre-activations all stay clear of zero.
        var input = generator.uniform([2, 1, 6, 6], low: -1, high: 1)
        func margin(_ x: NDArray) -> Float {
            let h = Tensor.conv2d(Tensor(x), weight: parameters[0], bias: parameters[1], stride: (2, 2), padding: (1, 1))
            return h.value.map(.abs).min().scalarValue
        }
        while margin(input) < 0.1 { input = generator.uniform([2, 1, 6, 6], low: -1, high: 1) }
        FiniteDifferences.checkSecond([input], step: 5e-3) { self.critic($0[0], parameters) }
    }
}
