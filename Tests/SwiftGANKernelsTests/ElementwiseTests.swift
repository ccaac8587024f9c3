import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class ElementwiseTests: XCTestCase {
    func testBroadcastingFollowsNumPyRules() {
        let a = NDArray([1, 2, 3, 4, 5, 6], shape: [2, 3])
        assertClose(a + NDArray([10, 20, 30], shape: [3]), [11, 22, 33, 14, 25, 36], shape: [2, 3])
        assertClose(a * NDArray([2, 3], shape: [2, 1]), [2, 4, 6, 12, 15, 18], shape: [2, 3])
        assertClose(NDArray([1, 2], shape: [2, 1, 1]) - a, [0, -1, -2, -3, -4, -5, 1, 0, -1, -2, -3, -4], shape: [2, 2, 3])
        assertClose(a / NDArray(scalar: 2), [0.5, 1, 1.5, 2, 2.5, 3], shape: [2, 3])
        assertClose(NDArray([1, 2], shape: [1, 2]) + NDArray([10, 20, 30], shape: [3, 1]), [11, 12, 21, 22, 31, 32], shape: [3, 2])
    }

    func testSelectAndFusedMultiplyAddBroadcastThreeOperands() {
        let condition = NDArray([1, 0, 1], shape: [3])
        let a = NDArray([1, 2, 3, 4, 5, 6], shape: [2, 3])
        assertClose(NDArray.select(condition, a, NDArray(scalar: -1)), [1, -1, 3, 4, -1, 6], shape: [2, 3])
        assertClose(NDArray.multiplyAdd(a, NDArray([2], shape: [1]), NDArray([1, 0], shape: [2, 1])), [3, 5, 7, 8, 10, 12], shape: [2, 3])
    }

    func testComparisonsGiveOnesAndZeros() {
        let a = NDArray([1, 2, 3], shape: [3]), b = NDArray(scalar: 2)
        assertClose(a.zip(b, .less), [1, 0, 0], shape: [3])
        assertClose(a.zip(b, .greaterEqual), [0, 1, 1], shape: [3])
        assertClose(a.zip(b, .equal), [0, 1, 0], shape: [3])
        assertClose(a.zip(b, .notEqual), [1, 0, 1], shape: [3])
    }

    func testParallelPathMatchesScalarMath() {
        var g = RandomGenerator(seed: 8)
        let x = g.normal([300_000])
        let y = x.map(.tanh).elements
        for i in stride(from: 0, to: 300_000, by: 997) { XCTAssertEqual(y[i], Foundation.tanh(x.elements[i])) }
        let big = g.normal([3, 100_000]), row = g.normal([100_000])
        let sum = (big + row).elements, bigElements = big.elements, rowElements = row.elements
        for i in stride(from: 0, to: 300_000, by: 1009) { XCTAssertEqual(sum[i], bigElements[i] + rowElements[i % 100_000]) }
    }

    func testActivationValues() {
        let x = NDArray([-30, -1, 0, 1, 30], shape: [5])
        assertClose(x.map(.relu), [0, 0, 0, 1, 30], shape: [5])
        assertClose(x.map(.leakyRelu(slope: 0.2)), [-6, -0.2, 0, 1, 30], shape: [5])
        assertClose(x.map(.sigmoid), [9.357623e-14, 0.26894142, 0.5, 0.7310586, 1], shape: [5])
        assertClose(x.map(.softplus), [9.357623e-14, 0.3132617, 0.6931472, 1.3132617, 30], shape: [5])
        assertClose(x.map(.elu(alpha: 1)), [-1, -0.63212055, 0, 1, 30], shape: [5])
        assertClose(x.map(.clamp(low: -1, high: 1)), [-1, -1, 0, 1, 1], shape: [5])
        assertClose(x.map(.sign), [-1, -1, 0, 1, 1], shape: [5])
    }
}
