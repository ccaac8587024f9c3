import SwiftGAN
import XCTest

/// The truncation curve: Fréchet distances in the upper panel, precision
/// and recall in the lower, each drawn from the figures given.
final class TruncationPlotTests: XCTestCase {
    /// The pixels of rows `rows` that are not white.
    private func inked(_ image: Image, rows: Range<Int>) -> Int {
        rows.flatMap { y in (0..<image.width).map { x in (y * image.width + x) * 3 } }.filter { image.samples[$0] < 0.99 }.count
    }

    func testEachPanelDrawsItsOwnFigures() {
        let psi: [Float] = [0.5, 0.7, 1]
        let full: [[String: Double]] = [
            ["fid_shapes": 40, "precision": 0.9, "recall": 0.1],
            ["fid_shapes": 20, "precision": 0.8, "recall": 0.3],
            ["fid_shapes": 10, "precision": 0.6, "recall": 0.5],
        ]
        let image = TruncationPlot.image(values: psi, figures: full)
        XCTAssertEqual([image.width, image.height], [720, 480])
        let withoutDistances = TruncationPlot.image(values: psi, figures: full.map { $0.filter { !$0.key.hasPrefix("fid_") } })
        let withoutShares = TruncationPlot.image(values: psi, figures: full.map { $0.filter { $0.key.hasPrefix("fid_") } })
        XCTAssertGreaterThan(inked(image, rows: 0..<240), inked(withoutDistances, rows: 0..<240), "the distances are drawn above")
        XCTAssertEqual(inked(image, rows: 240..<480), inked(withoutDistances, rows: 240..<480), "and only above")
        XCTAssertGreaterThan(inked(image, rows: 240..<480), inked(withoutShares, rows: 240..<480), "precision and recall below")
        XCTAssertEqual(inked(image, rows: 0..<240), inked(withoutShares, rows: 0..<240))
    }
}
