import Foundation
import SwiftGAN
import XCTest

/// The fused softmax against a double-precision reference, with bounds that
/// follow from its float32 steps (the shift, a polynomial e^x of about 1 ulp,
/// 16 interleaved partial sums and a division).
final class SoftmaxKernelTests: XCTestCase {
    private let epsilon = Double(Float.ulpOfOne) / 2

    /// `softmax(row)` in double precision.
    private func reference(_ row: [Float]) -> [Double] {
        let largest = Double(row.max()!)
        let e = row.map { Foundation.exp(Double($0) - largest) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }

    /// The relative error bound of one output `distance` below its row's
    /// maximum in a row of `columns`: rounding the shift costs `distance`
    /// units of e^x, the polynomial 4, the sum one per addition in a lane plus
    /// 16 to combine the lanes, the division 1.
    private func relativeBound(distance: Double, columns: Int) -> Double {
        epsilon * (distance + 4 + Double(columns / 16 + 16 + 1) + 1)
    }

    func testEveryRowMatchesDoublePrecisionWithinItsRoundingBound() {
        var g = RandomGenerator(seed: 11)
        for columns in [1, 2, 15, 16, 17, 64, 257] {
            let x = g.normal([5, columns]) * NDArray(scalar: 6)
            let y = x.softmax(axis: -1).elements, values = x.elements
            for row in 0..<5 {
                let slice = Array(values[row * columns..<(row + 1) * columns])
                let expected = reference(slice), largest = Double(slice.max()!)
                for j in 0..<columns {
                    let bound = relativeBound(distance: largest - Double(slice[j]), columns: columns)
                    XCTAssertEqual(Double(y[row * columns + j]), expected[j], accuracy: expected[j] * bound, "columns \(columns), row \(row), column \(j)")
                }
            }
        }
    }

    func testMinusInfinityGetsExactlyZeroAndHugeValuesStayFinite() {
        let y = NDArray([0, -.infinity, 1, 3e38, -3e38, 3e38], shape: [2, 3]).softmax().elements
        XCTAssertEqual(y[1], 0)
        let first = 1 / (1 + Foundation.exp(1.0))
        XCTAssertEqual(Double(y[0]), first, accuracy: first * relativeBound(distance: 1, columns: 3))
        XCTAssertEqual(y[3], 0.5)
        XCTAssertEqual(y[4], 0)
        XCTAssertEqual(y[5], 0.5)
    }

    func testInputsFarBelowTheRowMaximumUnderflowToZeroNotToGarbage() {
        let y = NDArray([0, -87, -88, -200, -1e30], shape: [1, 5]).softmax().elements
        XCTAssertEqual(Double(y[1]), Foundation.exp(-87.0), accuracy: Foundation.exp(-87.0) * relativeBound(distance: 87, columns: 5))
        XCTAssertLessThan(y[2], 1e-38)
        XCTAssertEqual(y[3], 0)
        XCTAssertEqual(y[4], 0)
    }

    func testARowOfOnlyMinusInfinityIsNaNAsTheCompositeFormIs() {
        let y = NDArray([-.infinity, -.infinity], shape: [1, 2]).softmax().elements
        XCTAssertTrue(y.allSatisfy(\.isNaN))
    }

    func testAnInnerAxisEqualsTheLastAxisOfThePermutedArray() {
        var g = RandomGenerator(seed: 12)
        let x = g.normal([3, 4, 5])
        let along = x.softmax(axis: 1).elements
        let viaLast = x.permuted([0, 2, 1]).softmax(axis: -1).permuted([0, 2, 1]).elements
        XCTAssertEqual(along, viaLast)
        // Each sum of 4 outputs is off by at most their own errors plus one rounding per addition.
        let y = x.softmax(axis: 1), sums = y.sum(axes: [1]).elements, outputs = y.elements, inputs = x.elements
        for (index, total) in sums.enumerated() {
            let (batch, column) = (index / 5, index % 5)
            let rows = (0..<4).map { (batch * 4 + $0) * 5 + column }
            let largest = rows.map { Double(inputs[$0]) }.max()!
            let bound = rows.reduce(3 * epsilon) { $0 + Double(outputs[$1]) * relativeBound(distance: largest - Double(inputs[$1]), columns: 4) }
            XCTAssertEqual(Double(total), 1, accuracy: bound, "sum \(index)")
        }
    }

    func testManyRowsSplitAcrossThreadsGiveTheSameRowsAsOneAtATime() {
        var g = RandomGenerator(seed: 13)
        let x = g.normal([2_000, 33])
        let all = x.softmax(axis: -1).elements
        for row in stride(from: 0, to: 2_000, by: 97) {
            let single = x.slice(axis: 0, start: row, end: row + 1).softmax(axis: -1).elements
            XCTAssertEqual(Array(all[row * 33..<(row + 1) * 33]), single)
        }
    }
}
