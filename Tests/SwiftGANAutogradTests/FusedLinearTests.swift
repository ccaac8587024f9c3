import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class FusedLinearTests: XCTestCase {
    private var random = RandomGenerator(seed: 31)

    func testFusedRectifierGivesTheValuesAndGradientsOfLinearThenActivation() {
        for slope: Float in [0, 0.2] {
            let x = Tensor(random.normal([6, 7]), requiresGrad: true)
            let weight = Tensor(random.normal([5, 7]), requiresGrad: true)
            let bias = Tensor(random.normal([5]), requiresGrad: true)
            let probe = Tensor(random.normal([6, 5]))
            let fused = Tensor.linear(x, weight: weight, bias: bias, rectifierSlope: slope)
            let plain = Tensor.linear(x, weight: weight, bias: bias)
            let separate = slope == 0 ? plain.relu() : plain.leakyRelu(slope: slope)
            XCTAssertEqual(fused.value.elements, separate.value.elements, "slope \(slope)")
            XCTAssertTrue(fused.value.elements.contains { $0 < 0 } == (slope > 0), "negative outputs only with a leaky slope")
            let a = gradients(of: (fused * probe).sum(), wrt: [x, weight, bias])
            let b = gradients(of: (separate * probe).sum(), wrt: [x, weight, bias])
            for (name, (left, right)) in zip(["x", "weight", "bias"], zip(a, b)) {
                assertClose(left.value, right.value, rtol: 1e-6, atol: 1e-6, "gradient of \(name), slope \(slope)")
            }
        }
    }

    func testFusedRectifierFirstAndSecondDerivatives() {
        // Small weights and a bias of ±1 keep every pre-activation away from the kink
        // (one output unit on each side of it), so the differences do not cross it.
        let weight = NDArray(random.normal([2, 3]).elements.map { $0 * 0.05 }, shape: [2, 3])
        let inputs = [random.normal([4, 3]), weight, NDArray([1, -1], shape: [2])]
        let function = { (t: [Tensor]) in Tensor.linear(t[0], weight: t[1], bias: t[2], rectifierSlope: 0.2).square() }
        FiniteDifferences.checkFirst(inputs, function)
        FiniteDifferences.checkSecond(inputs, function)
    }

    func testSequentialFusesLinearAndRectifierWithoutChangingTheNetwork() {
        var g = RandomGenerator(seed: 4)
        let first = Linear(3, 8, generator: &g), second = Linear(8, 2, generator: &g)
        let network = Sequential(first, Activation(.leakyRelu(0.2)), second, Activation(.relu))
        let x = Tensor(random.normal([9, 3]), requiresGrad: true)
        let fused = network(x)
        let separate = second(first(x).leakyRelu(slope: 0.2)).relu()
        XCTAssertEqual(fused.value.elements, separate.value.elements)
        let parameters = network.parameters().map(\.tensor) + [x]
        let a = gradients(of: fused.square().sum(), wrt: parameters)
        let b = gradients(of: separate.square().sum(), wrt: parameters)
        for (left, right) in zip(a, b) { assertClose(left.value, right.value, rtol: 1e-6, atol: 1e-6) }
        let tanhNetwork = Sequential(first, Activation(.tanh))
        XCTAssertEqual(tanhNetwork(x).value.elements, first(x).tanh().value.elements, "other activations stay separate layers")
    }
}
