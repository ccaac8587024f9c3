import Foundation
import SwiftGAN
import XCTest

/// Image grids as torchvision's `make_grid` + `save_image` lay them out, and GIFs of grids.
final class OutputGridTests: XCTestCase {
    /// Five 1x2x2 images whose values are -1 + 0.1 * (4 n + k).
    let batch = NDArray((0..<20).map { -1 + 0.1 * Float($0) }, shape: [5, 1, 2, 2])

    func testLayoutPaddingAndRangeFollowMakeGrid() {
        let grid = ImageGrid(columns: 3, padding: 1, padValue: 0.5).image(batch)
        XCTAssertEqual([grid.width, grid.height, grid.channels], [3 * 3 + 1, 2 * 3 + 1, 1])
        let at = { (x: Int, y: Int) in grid.samples[y * grid.width + x] }
        XCTAssertEqual(at(0, 0), 0.5)
        XCTAssertEqual(at(1, 1), 0, accuracy: 1e-6)
        XCTAssertEqual(at(2, 2), (-1 + 0.3 + 1) / 2, accuracy: 1e-6)
        XCTAssertEqual(at(4, 1), (-1 + 0.4 + 1) / 2, accuracy: 1e-6)
        XCTAssertEqual(at(4, 4), (-1 + 1.6 + 1) / 2, accuracy: 1e-6)
        XCTAssertEqual(at(7, 4), 0.5, "the sixth cell is padding")
        XCTAssertEqual(at(9, 6), 0.5)
    }

    func testRangeNilUsesTheBatchMinimumAndMaximum() {
        let grid = ImageGrid(columns: 8, padding: 0, range: nil).image(batch)
        XCTAssertEqual([grid.width, grid.height], [10, 2])
        XCTAssertEqual(grid.samples.min(), 0)
        XCTAssertEqual(grid.samples.max()!, 1, accuracy: 1e-6)
        let clamped = ImageGrid(padding: 0, range: 0...0.5).image(batch)
        XCTAssertEqual(clamped.samples.filter { $0 == 0 }.count, 11)
    }

    func testClassRowsPutEachClassOnItsOwnRow() {
        let grid = ImageGrid(padding: 0, range: -1...1).classRows(batch, labels: [2, 0, 2, 2, 0], classCount: 3)
        XCTAssertEqual([grid.width, grid.height], [6, 6])
        let cell = { (column: Int, row: Int) in grid.samples[(row * 2) * grid.width + column * 2] }
        XCTAssertEqual(cell(0, 0), (-1 + 0.4 + 1) / 2, accuracy: 1e-6)
        XCTAssertEqual(cell(1, 0), (-1 + 1.6 + 1) / 2, accuracy: 1e-6)
        XCTAssertEqual(cell(2, 0), 0, "padding where class 0 has no third image")
        XCTAssertEqual(cell(0, 1), 0, "class 1 is an empty row")
        XCTAssertEqual(cell(2, 2), (-1 + 1.2 + 1) / 2, accuracy: 1e-6)
    }

    func testWrittenPNGHoldsTheQuantizedGrid() throws {
        let folder = try TemporaryImageFolder()
        defer { folder.remove() }
        let rgb = NDArray((0..<(4 * 3 * 5 * 6)).map { Float($0 % 23) / 11 - 1 }, shape: [4, 3, 5, 6])
        let grid = ImageGrid(columns: 2)
        try grid.writePNG(rgb, to: folder.path + "/grid.png")
        let back = try ImageCodec.read(folder.path + "/grid.png")
        XCTAssertEqual([back.width, back.height, back.channels], [2 * 8 + 2, 2 * 7 + 2, 3])
        XCTAssertEqual(back.samples, grid.image(rgb).samples.map { ($0 * 255 + 0.5).rounded(.down) / 255 })
    }

    func testGIFOfGridsHasOneFramePerBatch() throws {
        let folder = try TemporaryImageFolder()
        defer { folder.remove() }
        let batches = (0..<4).map { k in NDArray((0..<(6 * 3 * 4 * 4)).map { Float(($0 + k * 7) % 9) / 4 - 1 }, shape: [6, 3, 4, 4]) }
        let grid = ImageGrid(columns: 3)
        try grid.writeGIF(batches, to: folder.path + "/walk.gif", delayCentiseconds: 12)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder.path + "/walk.gif")))
        let gif = try XCTUnwrap(GIFTestDecoder(bytes))
        XCTAssertEqual([gif.width, gif.height], [3 * 6 + 2, 2 * 6 + 2])
        XCTAssertEqual(gif.frames.count, 4)
        XCTAssertEqual(gif.loopCount, 0)
        for (frame, batch) in zip(gif.frames, batches) {
            XCTAssertEqual(frame.delay, 12)
            let expected = grid.image(batch).samples.map { ($0 * 255 + 0.5).rounded(.down) }
            XCTAssertEqual(frame.rgb.map { Float($0) }, expected, "at most 256 colours come back exactly")
        }
    }
}
