import Foundation
import SwiftGAN
import XCTest

/// `PairedImageDataset`: side-by-side files and matching names in two folders.
final class FolderPairedTests: XCTestCase {
    var folder: TemporaryImageFolder!

    override func setUpWithError() throws { folder = try TemporaryImageFolder() }
    override func tearDown() { folder.remove() }

    func testSideBySideImagesSplitInTheMiddle() throws {
        let left = [Float](repeating: 0.2, count: 4), right = [Float](repeating: 0.8, count: 4)
        let rows = (0..<3).flatMap { _ in left + right }
        try folder.writeBytes("1.png", PNGCodec.encode(Image(width: 8, height: 3, channels: 1, samples: rows)))
        let dataset = try PairedImageDataset(sideBySide: folder.path, loading: ImageLoading(channels: 1))
        XCTAssertNil(dataset.pathsB)
        let example = try dataset.example(at: 0)
        XCTAssertEqual(example.image.shape, [1, 3, 4])
        XCTAssertEqual(example.image.elements, [Float](repeating: Float(51) / 255, count: 12))
        XCTAssertEqual(try XCTUnwrap(example.target).elements, [Float](repeating: Float(204) / 255, count: 12))
    }

    func testAAndBGetTheSameRandomCrop() throws {
        let width = 40, height = 12
        let samples = (0..<(height * width)).map { Float($0 % width % 20) / 19 }
        try folder.writeBytes("p.png", PNGCodec.encode(Image(width: width, height: height, channels: 1, samples: samples)))
        for seed in 0..<8 {
            let dataset = try PairedImageDataset(sideBySide: folder.path, loading: ImageLoading(channels: 1, size: 10, crop: .random(seed: UInt64(seed))))
            let pair = try dataset.pair(at: 0)
            XCTAssertEqual(pair.a, pair.b, "seed \(seed)")
        }
    }

    func testFoldersMatchByNameWithoutExtension() throws {
        try folder.write("A/x.png", value: 0.1)
        try folder.write("A/sub/y.png", value: 0.2)
        try folder.write("B/x.jpg", value: 0.6, jpeg: true)
        try folder.write("B/sub/y.png", value: 0.7)
        let dataset = try PairedImageDataset(folderA: folder.path + "/A", folderB: folder.path + "/B")
        XCTAssertEqual(dataset.count, 2)
        XCTAssertEqual(dataset.pathsA.map { String($0.dropFirst(folder.path.count)) }, ["/A/sub/y.png", "/A/x.png"])
        XCTAssertEqual(dataset.pathsB?.map { String($0.dropFirst(folder.path.count)) }, ["/B/sub/y.png", "/B/x.jpg"])
        let example = try dataset.example(at: 1)
        XCTAssertEqual(example.image.elements.first!, Float(26) / 255, accuracy: 1e-6)
        XCTAssertEqual(try XCTUnwrap(example.target).elements.first!, 0.6, accuracy: 2.0 / 255)
    }

    func testUnmatchedFilesAreNamed() throws {
        try folder.write("A/x.png")
        try folder.write("A/only-a.png")
        try folder.write("B/x.png")
        try folder.write("B/only-b.png")
        XCTAssertThrowsError(try PairedImageDataset(folderA: folder.path + "/A", folderB: folder.path + "/B")) {
            let text = "\($0)"
            XCTAssertTrue(text.contains("1 files in \(folder.path)/A have no match in \(folder.path)/B: only-a.png"), text)
            XCTAssertTrue(text.contains("only-b.png"), text)
        }
    }

    func testAmbiguousNamesAndOddWidths() throws {
        try folder.write("A/x.png")
        try folder.write("A/x.jpg", jpeg: true)
        try folder.write("B/x.png")
        XCTAssertThrowsError(try PairedImageDataset(folderA: folder.path + "/A", folderB: folder.path + "/B")) {
            XCTAssertTrue("\($0)".contains("same name"), "\($0)")
        }
        try folder.write("odd/a.png", width: 8, height: 3)
        try folder.write("odd/b.png", width: 9, height: 3)
        let dataset = try PairedImageDataset(sideBySide: folder.path + "/odd")
        XCTAssertThrowsError(try dataset.example(at: 1)) {
            XCTAssertEqual(($0 as? DataError)?.path, folder.path + "/odd/b.png")
        }
        let resized = try PairedImageDataset(sideBySide: folder.path + "/odd", loading: ImageLoading(size: 3))
        XCTAssertEqual(try resized.example(at: 1).target?.shape, [3, 3, 3])
    }
}
