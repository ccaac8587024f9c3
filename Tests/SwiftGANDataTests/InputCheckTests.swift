import Foundation
import SwiftGAN
import SwiftGANData
import XCTest

/// Data is checked when it is opened: every image file's header, and image
/// arrays for values that are not finite or lie outside their range.
final class InputCheckTests: XCTestCase {
    var folder: TemporaryImageFolder!

    override func setUpWithError() throws { folder = try TemporaryImageFolder() }
    override func tearDown() { folder.remove() }

    func testEveryBadFileIsReportedAtOnce() throws {
        try folder.write("a.png")
        try folder.write("b.png")
        try folder.writeBytes("c.png", Array("not an image".utf8))
        try folder.write("d.png", width: 5, height: 5)
        try folder.writeBytes("e.jpg", [0xFF, 0xD8, 0xFF, 0x00])
        let dataset = try ImageFolderDataset(root: folder.path)
        XCTAssertThrowsError(try dataset.validateFiles()) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("3 of 5 image files cannot be used"), text)
            for name in ["c.png", "d.png: 5x5, not 8x6", "e.jpg"] { XCTAssertTrue(text.contains(name), "\(name) in \(text)") }
            XCTAssertFalse(text.contains("a.png:") || text.contains("b.png:"), text)
        }
        let resized = try ImageFolderDataset(root: folder.path, loading: ImageLoading(size: 4))
        XCTAssertThrowsError(try resized.validateFiles()) { XCTAssertTrue("\($0)".contains("2 of 5 image files"), "\($0)") }
    }

    func testNonFiniteValuesNameTheFileAndTheFirstIndex() {
        var values = [Float](repeating: 0.25, count: 2 * 1 * 3 * 4)
        values[1 * 12 + 2 * 4 + 3] = .nan
        XCTAssertThrowsError(try ImageValues(NDArray(values, shape: [2, 1, 3, 4]), path: "fake.npy")) {
            XCTAssertEqual("\($0)", "fake.npy: holds nan at index [1, 0, 2, 3]; images must be finite numbers")
        }
        XCTAssertThrowsError(try ImageValues(NDArray([0, -.infinity], shape: [2]), path: "x.npy")) {
            XCTAssertTrue("\($0)".contains("-inf at index [1]"), "\($0)")
        }
    }

    func testTheRangeIsFound() throws {
        let values = try ImageValues(NDArray([-0.5, 3, 0.25, 253], shape: [4]), path: "a.npy")
        XCTAssertEqual(values.description, "[-0.5, 253.0]")
        XCTAssertFalse(values.areWithin(-1...1))
        XCTAssertTrue(try ImageValues(NDArray([-1.0005, 1.0005], shape: [2]), path: "b.npy").areWithin(-1...1, slack: 1e-3))
    }

    /// A streamed NPY file is the file the whole array gives, and a producer
    /// that fails leaves no file.
    func testStreamingWritesTheSameFile() throws {
        var random = RandomGenerator(seed: 8)
        let array = random.normal([7, 2, 3])
        let whole = URL(fileURLWithPath: folder.path).appendingPathComponent("whole.npy")
        let streamed = URL(fileURLWithPath: folder.path).appendingPathComponent("streamed.npy")
        try NPY.write(array, to: whole)
        try NPY.write(shape: [7, 2, 3], to: streamed) { append in
            for start in stride(from: 0, to: 7, by: 3) { try append(array.slice(axis: 0, start: start, end: min(start + 3, 7))) }
        }
        XCTAssertEqual(try Data(contentsOf: streamed), try Data(contentsOf: whole))
        struct Stop: Error {}
        let failed = URL(fileURLWithPath: folder.path).appendingPathComponent("failed.npy")
        XCTAssertThrowsError(try NPY.write(shape: [7, 2, 3], to: failed) { append in
            try append(array.slice(axis: 0, start: 0, end: 3))
            throw Stop()
        })
        XCTAssertFalse(FileManager.default.fileExists(atPath: failed.path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }, [], "no temporary left")
    }
}
