import SwiftGAN
import XCTest

/// The plots a run draws survive a diverged run: infinite, NaN and huge
/// values are left out instead of trapping on the pixel arithmetic.
final class OutputPlotEdgeTests: XCTestCase {
    func testScatterPlotsLeaveOutPointsThatCannotBeDrawn() {
        let plot = ScatterPlot(size: 32, range: -3...3)
        let empty = plot.image(NDArray([Float](repeating: 5, count: 2), shape: [1, 2]))
        let wild: [Float] = [.infinity, 0, .nan, 1, 1e30, -1e30, -.infinity, .infinity, 5, 5]
        XCTAssertEqual(plot.image(NDArray(wild, shape: [5, 2])).samples, empty.samples, "nothing is drawn for points that are not in range")
        let drawn = plot.image(NDArray(wild + [0, 0], shape: [6, 2]))
        XCTAssertNotEqual(drawn.samples, empty.samples, "the one point in range is drawn")
    }

    func testLossPlotsTakeTheWidestFiniteValues() {
        let series: [String: [(step: Int, value: Float)]] = ["loss_d": [(1, -3e38), (2, 3e38), (3, .infinity), (4, 0)]]
        let image = LossPlot().image(series)
        XCTAssertEqual([image.width, image.height], [720, 400])
        XCTAssertTrue(image.samples.allSatisfy(\.isFinite))
    }
}
