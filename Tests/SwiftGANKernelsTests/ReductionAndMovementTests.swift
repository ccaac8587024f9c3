import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class ReductionAndMovementTests: XCTestCase {
    let x = NDArray((0..<24).map(Float.init), shape: [2, 3, 4])

    func testSumsOverAnyAxes() {
        assertClose(x.sum(), [276], shape: [])
        assertClose(x.sum(axes: [1]), [12, 15, 18, 21, 48, 51, 54, 57], shape: [2, 4])
        assertClose(x.sum(axes: [0, 2], keepDims: true), [60, 92, 124], shape: [1, 3, 1])
        assertClose(x.sum(axes: [-1]), [6, 22, 38, 54, 70, 86], shape: [2, 3])
        assertClose(x.mean(axes: [0]), (12..<24).map { Float($0) - 6 }, shape: [3, 4])
    }

    func testColumnSumsAddEachColumnInRowOrder() {
        var g = RandomGenerator(seed: 8)
        for (shape, axis) in [([513, 35], 0), ([3, 37, 40], 1), ([2, 600, 16], 1)] {
            let a = g.normal(shape)
            let (outer, rows) = (shape[..<axis].reduce(1, *), shape[axis])
            let columns = shape[(axis + 1)...].reduce(1, *)
            let values = a.elements
            var expected = [Float](repeating: 0, count: outer * columns)
            for o in 0..<outer {
                for r in 0..<rows {
                    for c in 0..<columns { expected[o * columns + c] += values[(o * rows + r) * columns + c] }
                }
            }
            XCTAssertEqual(a.sum(axes: [axis]).elements, expected, "sum over axis \(axis) of \(shape)")
        }
    }

    func testAllFiniteFindsAnyInfinityOrNaN() {
        var values = [Float](repeating: .greatestFiniteMagnitude, count: 67)
        values[3] = -.leastNonzeroMagnitude
        XCTAssertTrue(NDArray(values, shape: [67]).isAllFinite)
        XCTAssertTrue(NDArray(zeros: [0]).isAllFinite)
        for bad: Float in [.nan, .infinity, -.infinity, .signalingNaN] {
            for position in [0, 16, 66] {
                var copy = values
                copy[position] = bad
                XCTAssertFalse(NDArray(copy, shape: [67]).isAllFinite, "\(bad) at \(position)")
            }
        }
    }

    func testLongSumIsAccurate() {
        var g = RandomGenerator(seed: 2)
        let values = g.uniform([1_000_003])
        let exact = values.elements.reduce(0.0) { $0 + Double($1) }
        XCTAssertEqual(Double(values.sum().scalarValue), exact, accuracy: exact * 1e-5)
    }

    func testMaxMinArgmaxVarianceLogSumExp() {
        let y = NDArray([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8], shape: [3, 4])
        assertClose(y.max(axes: [1]), [4, 9, 8], shape: [3])
        assertClose(y.min(axes: [0]), [3, 1, 2, 1], shape: [4])
        assertClose(y.max(axes: [0, 1]), [9], shape: [])
        assertClose(y.argmax(axis: 1), [2, 1, 3], shape: [3])
        assertClose(y.argmax(), [5], shape: [])
        assertClose(y.argmax(axis: 0, keepDims: true), [1, 1, 2, 2], shape: [1, 4])
        assertClose(y.variance(axes: [1]), [2.25, 8.333333, 4.25], shape: [3], rtol: 1e-5)
        assertClose(y.variance(axes: [1], correction: 0), [1.6875, 6.25, 3.1875], shape: [3], rtol: 1e-5)
        assertClose(NDArray([1000, 1000], shape: [2]).logSumExp(), [1000.6931], shape: [], rtol: 1e-6)
    }

    func testPermuteExpandSliceFlipConcat() {
        assertClose(x.permuted([2, 0, 1]).slice(axis: 0, start: 1, end: 2), [1, 5, 9, 13, 17, 21], shape: [1, 2, 3])
        assertClose(NDArray([1, 2], shape: [2, 1]).expanded(to: [2, 2, 3]), [1, 1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2], shape: [2, 2, 3])
        assertClose(x.slice(axis: 2, start: 1, end: 4, step: 2).sum(axes: [0, 1]), [66, 78], shape: [2])
        assertClose(NDArray([1, 2, 3, 4], shape: [2, 2]).flipped(axes: [0, 1]), [4, 3, 2, 1], shape: [2, 2])
        let c = NDArray.concatenate([NDArray([1, 2], shape: [2, 1]), NDArray([3, 4, 5, 6], shape: [2, 2])], axis: 1)
        assertClose(c, [1, 3, 4, 2, 5, 6], shape: [2, 3])
        assertClose(NDArray([7, 8], shape: [2]).unsliced(into: [5], axis: 0, start: 1, step: 2), [0, 7, 0, 8, 0], shape: [5])
    }

    func testPaddingModes() {
        let row = NDArray([1, 2, 3], shape: [1, 3])
        assertClose(row.padded([(2, 2)], mode: .zero), [0, 0, 1, 2, 3, 0, 0], shape: [1, 7])
        assertClose(row.padded([(2, 2)], mode: .reflect), [3, 2, 1, 2, 3, 2, 1], shape: [1, 7])
        assertClose(row.padded([(2, 2)], mode: .replicate), [1, 1, 1, 2, 3, 3, 3], shape: [1, 7])
        assertClose(row.padded([(1, 0), (0, 1)]), [0, 0, 0, 0, 1, 2, 3, 0], shape: [2, 4])
    }

    func testIndexingPairsAreAdjoint() {
        var g = RandomGenerator(seed: 6)
        let a = g.normal([3, 5, 2]), indices = [4, 0, 0, 2]
        let selected = a.indexSelect(axis: 1, indices)
        let probe = g.normal(selected.shape)
        // <select(a), p> == <a, indexAdd(p)>
        let left = (selected * probe).sum().scalarValue
        let right = (a * probe.indexAdd(axis: 1, indices, size: 5)).sum().scalarValue
        XCTAssertEqual(left, right, accuracy: 1e-4)
        let index = NDArray([0, 2, 1, 1, 0, 0], shape: [3, 1, 2])
        let gathered = a.slice(axis: 1, start: 0, end: 3).gather(axis: 1, index: index)
        assertClose(gathered, [a[[0, 0, 0]], a[[0, 2, 1]], a[[1, 1, 0]], a[[1, 1, 1]], a[[2, 0, 0]], a[[2, 0, 1]]], shape: [3, 1, 2])
        let scattered = NDArray([1, 1, 1, 1, 1, 1], shape: [3, 1, 2]).scatterAdd(axis: 1, index: index, shape: [3, 3, 2])
        XCTAssertEqual(scattered.sum().scalarValue, 6)
        XCTAssertEqual(scattered[[0, 2, 1]], 1)
    }
}
