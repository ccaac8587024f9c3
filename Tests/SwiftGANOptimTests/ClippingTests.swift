import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// Gradient-norm, gradient-value and weight clipping.
final class ClippingTests: XCTestCase {
    func testNormClippingFollowsPyTorch() throws {
        XCTAssertEqual(clipReferenceCases.count, 3)
        for reference in clipReferenceCases {
            let parameters = reference.shapes.map { Parameter(NDArray(zeros: $0)) }
            for (index, parameter) in parameters.enumerated() {
                parameter.setGrad(reference.gradients[index].map { NDArray($0, shape: reference.shapes[index]) })
            }
            let norm = try clipGradientNorm(parameters, maxNorm: reference.maxNorm)
            XCTAssertEqual(norm, reference.norm, accuracy: reference.norm * 1e-6, reference.name)
            for (index, parameter) in parameters.enumerated() {
                guard let expected = reference.clipped[index] else {
                    XCTAssertNil(parameter.grad, reference.name)
                    continue
                }
                assertClose(parameter.grad!, expected, shape: reference.shapes[index], rtol: 1e-6, atol: 0, reference.name)
            }
        }
    }

    func testNormClippingByHand() throws {
        let a = Parameter(NDArray(zeros: [2])), b = Parameter(NDArray(zeros: [1])), c = Parameter(NDArray(zeros: [1]))
        a.setGrad(NDArray([3, 0], shape: [2]))
        b.setGrad(NDArray([-4], shape: [1]))
        let held = a.grad!
        // total = √(9 + 16) = 5; scale 1 / (5 + 1e-6): [0.6, −0.8] up to 2e-7
        let norm = try clipGradientNorm([a, b, c], maxNorm: 1)
        XCTAssertEqual(norm, 5)
        assertClose(a.grad!, [0.6, 0], shape: [2], rtol: 1e-6, atol: 0)
        assertClose(b.grad!, [-0.8], shape: [1], rtol: 1e-6, atol: 0)
        XCTAssertNil(c.grad)
        XCTAssertEqual(held.elements, [3, 0], "an array read before clipping must not change")
        XCTAssertEqual(try clipGradientNorm([c], maxNorm: 1), 0)
    }

    func testNonfiniteNorm() throws {
        let p = Parameter(NDArray(zeros: [2]))
        p.setGrad(NDArray([.infinity, 1], shape: [2]))
        XCTAssertThrowsError(try clipGradientNorm([p], maxNorm: 1, errorIfNonfinite: true)) { error in
            XCTAssertEqual((error as? NonfiniteGradientNorm)?.norm, .infinity)
        }
        XCTAssertEqual(p.grad!.elements, [.infinity, 1])
        // Without the check the scale is 1/∞ = 0, so ∞ becomes NaN and 1 becomes 0, as in PyTorch.
        XCTAssertEqual(try clipGradientNorm([p], maxNorm: 1), .infinity)
        XCTAssertTrue(p.grad!.elements[0].isNaN)
        XCTAssertEqual(p.grad!.elements[1], 0)
    }

    func testValueClipping() {
        let p = Parameter(NDArray(zeros: [4])), q = Parameter(NDArray(zeros: [1]))
        p.setGrad(NDArray([-3, 0.5, 2, .nan], shape: [4]))
        clipGradientValues([p, q], to: 1)
        let clipped = p.grad!.elements
        XCTAssertEqual(Array(clipped[0..<3]), [-1, 0.5, 1])
        XCTAssertTrue(clipped[3].isNaN)
        XCTAssertNil(q.grad)
    }

    func testWeightClipping() {
        let p = Parameter(NDArray([-0.5, 0.001, 0.02, -0.01], shape: [2, 2]))
        p.setGrad(NDArray([1, 2, 3, 4], shape: [2, 2]))
        clipWeights([p], to: 0.01)
        XCTAssertEqual(p.value.elements, [-0.01, 0.001, 0.01, -0.01])
        XCTAssertEqual(p.grad!.elements, [1, 2, 3, 4])
    }
}
