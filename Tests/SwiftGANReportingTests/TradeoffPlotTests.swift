import SwiftGAN
import XCTest

/// The perception-distortion chart: points where their measures put them, curves through theirs.
final class TradeoffPlotTests: XCTestCase {
    private func color(_ image: Image, _ x: Int, _ y: Int) -> [Float] {
        let index = (y * image.width + x) * 3
        return Array(image.samples[index..<index + 3])
    }

    func testPointsSitAtTheirMeasuresAndCurvesJoinTheirs() {
        let plot = TradeoffPlot(width: 400, height: 300, xName: "psnr_y", yName: "distance")
        let a = TradeoffPlot.Point(label: "a", x: 28, y: 0.1), b = TradeoffPlot.Point(label: "b", x: 30, y: 0.05)
        let image = plot.image(points: [a, b])
        XCTAssertEqual([image.width, image.height], [400, 300])
        // The frame runs from x 56 to 384 and y 16 to 272; the spans get a tenth on each side:
        // x from 27.8 to 30.2, y from 0.045 to 0.105. So a sits at (56 + 0.2 / 2.4 * 328, 272 - 0.055 / 0.06 * 256).
        let (ax, ay) = (56 + Int(0.2 / 2.4 * 328), 272 - Int(0.055 / 0.06 * 256))
        let (bx, by) = (56 + Int(2.2 / 2.4 * 328), 272 - Int(0.005 / 0.06 * 256))
        XCTAssertEqual(color(image, ax, ay), [0.12, 0.47, 0.71])
        XCTAssertEqual(color(image, bx, by), [0.12, 0.47, 0.71])
        let middle = ((ax + bx) / 2, (ay + by) / 2)
        XCTAssertEqual(color(image, middle.0, middle.1), [1, 1, 1], "two points alone are not joined")
        let joined = plot.image(points: [], curves: [("esrgan", [a, b])])
        XCTAssertEqual(color(joined, ax, ay), [0.84, 0.15, 0.16])
        let onLine = (-1...1).flatMap { dy in (-1...1).map { dx in color(joined, middle.0 + dx, middle.1 + dy) } }
        XCTAssertTrue(onLine.contains([0.84, 0.15, 0.16]), "a curve's points are joined by a line")
    }

    func testPointsThatCannotBeDrawnAreLeftOut() {
        let plot = TradeoffPlot(width: 300, height: 200, xName: "x", yName: "y")
        let empty = plot.image(points: [TradeoffPlot.Point(label: "inf", x: .infinity, y: 1)])
        let frameOnly = plot.image(points: [])
        XCTAssertEqual(empty.samples, frameOnly.samples)
    }
}
