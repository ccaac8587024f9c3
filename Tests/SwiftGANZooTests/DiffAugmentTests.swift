import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// DiffAugment (Zhao et al.): differentiable augmentations of real and fake batches alike.
final class DiffAugmentTests: XCTestCase {
    func testDiffAugmentIsDifferentiableAndKeepsShape() {
        var g = RandomGenerator(seed: 4)
        let x = Tensor(g.uniform([2, 3, 8, 8], low: -1, high: 1), requiresGrad: true)
        let augment = DiffAugment()
        let y = augment(x, generator: &g)
        XCTAssertEqual(y.shape, x.shape)
        let grad = gradients(of: y.sum(), wrt: [x])[0]
        XCTAssertTrue(grad.elements.contains { $0 != 0 })
        XCTAssertNotNil(DiffAugment(policy: "color,translation"))
        XCTAssertNil(DiffAugment(policy: "color,rotation"))
        // Translation only moves pixels: the multiset of non-zero values is a subset of the input's.
        var h = RandomGenerator(seed: 5)
        let ramp = Tensor(NDArray((1...64).map(Float.init), shape: [1, 1, 8, 8]))
        let moved = DiffAugment([.translation])(ramp, generator: &h).elements.filter { $0 != 0 }
        XCTAssertTrue(Set(moved).isSubset(of: Set(ramp.elements)))
        XCTAssertGreaterThanOrEqual(moved.count, 36)
        var k = RandomGenerator(seed: 6)
        let cut = DiffAugment([.cutout])(Tensor.ones([3, 1, 8, 8]), generator: &k)
        XCTAssertEqual(cut.sum().scalarValue, 3 * 64 - 3 * 16, accuracy: 3 * 16, "about a quarter of each image is cut")
        FiniteDifferences.checkFirst([NDArray((0..<32).map { Float($0) / 32 }, shape: [1, 2, 4, 4])]) { inputs in
            var r = RandomGenerator(seed: 11)
            return DiffAugment([.color, .translation])(inputs[0], generator: &r)
        }
    }
}
