import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// Zero-size dimensions and rank-0 arrays behave as in PyTorch.
final class EmptyAndScalarTests: XCTestCase {
    func testEmptyBatchBroadcastsAndMultiplies() {
        XCTAssertEqual((NDArray(zeros: [0, 3]) + NDArray([1, 2, 3], shape: [3])).shape, [0, 3])
        XCTAssertEqual(NDArray.select(NDArray(zeros: [0, 2]), NDArray(zeros: [2]), NDArray(zeros: [0, 1])).shape, [0, 2])
        assertClose(NDArray.matmul(NDArray(zeros: [2, 0]), NDArray(zeros: [0, 3])), [Float](repeating: 0, count: 6), shape: [2, 3])
        XCTAssertEqual(NDArray.matmul(NDArray(zeros: [0, 4]), NDArray(zeros: [4, 3])).shape, [0, 3])
        assertClose(NDArray.linear(NDArray(zeros: [2, 0]), weight: NDArray(zeros: [3, 0]), bias: NDArray([1, 2, 3], shape: [3])),
                    [1, 2, 3, 1, 2, 3], shape: [2, 3])
        XCTAssertEqual(NDArray.linear(NDArray(zeros: [0, 4]), weight: NDArray(zeros: [3, 4]), bias: NDArray(zeros: [3])).shape, [0, 3])
    }

    func testMeanOfNothingIsNaNAndSumIsZero() {
        XCTAssertTrue(NDArray(zeros: [0, 3]).mean(axes: [0]).elements.allSatisfy(\.isNaN))
        assertClose(NDArray(zeros: [0, 3]).sum(axes: [0]), [0, 0, 0], shape: [3])
    }

    func testLongSumDoesNotDependOnTheThreadCount() {
        var g = RandomGenerator(seed: 1)
        let x = g.normal([1_000_000])
        let before = Parallel.workerCount
        Parallel.setThreadCount(1)
        let one = x.sum().scalarValue
        Parallel.setThreadCount(2)
        let two = x.sum().scalarValue
        Parallel.setThreadCount(before)
        XCTAssertEqual(one, two)
    }
}
