import SwiftGAN
import XCTest

/// The README's example, verbatim in behaviour: an R1 penalty through a conv critic.
final class ReadmeExampleTests: XCTestCase {
    func testR1Example() {
        var rng = RandomGenerator(seed: 0)
        let w = Tensor(rng.normal([8, 1, 3, 3]).map(.affine(scale: 0.1, shift: 0)), requiresGrad: true)
        let head = Tensor(rng.normal([1, 8 * 14 * 14]), requiresGrad: true)

        func critic(_ x: Tensor) -> Tensor {
            let h = Tensor.conv2d(x, weight: w, stride: (2, 2), padding: (1, 1)).leakyRelu(slope: 0.2)
            return Tensor.linear(h.flatten(), weight: head)
        }

        let real = Tensor(rng.uniform([16, 1, 28, 28], low: -1, high: 1), requiresGrad: true)
        let g = gradients(of: critic(real).sum(), wrt: [real], createGraph: true)[0]
        let penalty = g.flatten().square().sum(axes: [1]).mean() * 5
        penalty.backward()
        XCTAssertEqual(w.grad?.shape, [8, 1, 3, 3])
        XCTAssertEqual(head.grad?.shape, [1, 8 * 14 * 14])
        XCTAssertGreaterThan(w.grad!.value.map(.abs).sum().scalarValue, 0)
        XCTAssertNil(real.grad.flatMap { $0.elements.contains(where: \.isNaN) ? $0 : nil })
    }
}
