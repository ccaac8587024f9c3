import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// Recording, scoping, accumulation and the absence of leaked graph nodes.
final class GraphLifetimeTests: XCTestCase {
    func testTrainingStepLeavesNoLiveNodes() {
        var generator = RandomGenerator(seed: 3)
        let weight = Tensor(generator.normal([4, 1, 3, 3]), requiresGrad: true)
        let head = Tensor(generator.normal([1, 64]), requiresGrad: true)
        let baseline = GraphNode.liveCount
        for _ in 0..<3 {
            let x = Tensor(generator.normal([2, 1, 8, 8]), requiresGrad: true)
            let h = Tensor.conv2d(x, weight: weight, stride: (2, 2), padding: (1, 1)).leakyRelu(slope: 0.2)
            let score = Tensor.linear(h.flatten(), weight: head)
            let g = gradients(of: score.sum(), wrt: [x], createGraph: true)[0]
            let loss = score.softplus().mean() + g.square().sum() * 5
            loss.backward()
            weight.grad = nil
            head.grad = nil
        }
        XCTAssertEqual(GraphNode.liveCount, baseline, "graph nodes outlived the step")
    }

    func testNoGradScopeRecordsNothing() {
        let x = Tensor([1, 2, 3], shape: [3], requiresGrad: true)
        let y = withoutGrad { (x * x).sum() }
        XCTAssertFalse(y.requiresGrad)
        XCTAssertEqual(y.scalarValue, 14)
        let z = withoutGrad { withGrad { (x * x).sum() } }
        XCTAssertTrue(z.requiresGrad)
    }

    func testDetachCutsTheGraph() {
        let x = Tensor([1, 2], shape: [2], requiresGrad: true)
        let y = (x * x).detached() * x
        let g = gradients(of: y.sum(), wrt: [x])[0]
        assertClose(g.value, [1, 4], shape: [2])
    }

    func testBackwardAccumulatesIntoLeaves() {
        let x = Tensor([1, -2, 3], shape: [3], requiresGrad: true)
        (x * x).sum().backward()
        assertClose(x.grad!.value, [2, -4, 6], shape: [3])
        (x * 3).sum().backward()
        assertClose(x.grad!.value, [5, -1, 9], shape: [3])
        x.grad = nil
        x.sum().backward()
        assertClose(x.grad!.value, [1, 1, 1], shape: [3])
    }

    func testGradientOfAnUnusedTargetIsZero() {
        let x = Tensor([1, 2], shape: [2], requiresGrad: true)
        let unused = Tensor([5], shape: [1], requiresGrad: true)
        let g = gradients(of: x.sum(), wrt: [x, unused])
        assertClose(g[1].value, [0], shape: [1])
    }

    func testSeedWeightsTheOutput() {
        let x = Tensor([1, 2], shape: [2], requiresGrad: true)
        let g = gradients(of: x * x, wrt: [x], seed: Tensor([10, 100], shape: [2]))[0]
        assertClose(g.value, [20, 400], shape: [2])
    }

    func testThirdDerivative() {
        let x = Tensor([0.5, -1.5], shape: [2], requiresGrad: true)
        let g1 = gradients(of: x.tanh().sum(), wrt: [x], createGraph: true)[0]
        let g2 = gradients(of: g1.sum(), wrt: [x], createGraph: true)[0]
        let g3 = gradients(of: g2.sum(), wrt: [x])[0]
        let expected = x.elements.map { v -> Float in
            let t = Foundation.tanh(v)
            return -2 * (1 - t * t) * (1 - 3 * t * t)
        }
        assertClose(g3.value, expected, shape: [2], rtol: 1e-4)
    }

    func testFirstOrderCustomOperationWorksOnce() {
        let x = Tensor([1, 2], shape: [2], requiresGrad: true)
        let y = Tensor.custom("double", inputs: [x], value: x.value * NDArray(scalar: 2)) { g in [g * NDArray(scalar: 2)] }
        XCTAssertEqual(y.node?.operation, "double")
        assertClose(gradients(of: y.sum(), wrt: [x])[0].value, [2, 2], shape: [2])
    }
}

/// A very long chain of operations is freed without deep recursion.
final class DeepGraphTests: XCTestCase {
    func testLongChainIsFreedWithoutOverflowingTheStack() {
        let baseline = GraphNode.liveCount
        do {
            let x = Tensor([1], shape: [1], requiresGrad: true)
            var y = x
            var expected: Float = 1
            for _ in 0..<200_000 {
                y = y * 1.000001
                expected *= 1.000001
            }
            XCTAssertEqual(GraphNode.liveCount, baseline + 200_001)
            XCTAssertEqual(y.scalarValue, expected)
        }
        XCTAssertEqual(GraphNode.liveCount, baseline)
    }
}
