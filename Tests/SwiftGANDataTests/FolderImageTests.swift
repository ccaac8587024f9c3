import Foundation
import SwiftGAN
import SwiftGANData
import SwiftGANFuzzing
import XCTest

/// `ImageFolderDataset` on folders the tests create.
final class FolderImageTests: XCTestCase {
    var folder: TemporaryImageFolder!

    override func setUpWithError() throws { folder = try TemporaryImageFolder() }
    override func tearDown() { folder.remove() }

    func testClassFoldersBecomeSortedLabels() throws {
        try folder.write("zebra/2.png", value: 0.9)
        try folder.write("zebra/1.png", value: 0.8)
        try folder.write("Apple/x.png", value: 0.1)
        try folder.write("mango/deep/nested/a.jpg", value: 0.5, jpeg: true)
        try folder.write("mango/b.png", value: 0.4)
        let dataset = try ImageFolderDataset(root: folder.path)
        XCTAssertEqual(dataset.classNames, ["Apple", "mango", "zebra"])
        XCTAssertEqual(dataset.classCount, 3)
        XCTAssertEqual(dataset.paths.map { String($0.dropFirst(folder.path.count + 1)) },
                       ["Apple/x.png", "mango/b.png", "mango/deep/nested/a.jpg", "zebra/1.png", "zebra/2.png"])
        XCTAssertEqual(dataset.labels, [0, 1, 1, 2, 2])
        let example = try dataset.example(at: 3)
        XCTAssertEqual(example.label, 2)
        XCTAssertEqual(example.image.shape, [3, 6, 8])
        XCTAssertEqual(example.image.elements.first!, 0.8, accuracy: 1e-6)
    }

    func testLooseImagesHaveNoLabels() throws {
        try folder.write("b.png")
        try folder.write("a.png")
        try folder.makeFolder("empty-subfolder")
        let dataset = try ImageFolderDataset(root: folder.path)
        XCTAssertNil(dataset.labels)
        XCTAssertNil(dataset.classCount)
        XCTAssertEqual(dataset.paths.map { ($0 as NSString).lastPathComponent }, ["a.png", "b.png"])
        XCTAssertNil(try dataset.example(at: 0).label)
    }

    func testChannelsSizeAndCrops() throws {
        try folder.write("a.png", width: 30, height: 20, channels: 4, value: 0.3, gradient: true)
        try folder.write("b.png", width: 12, height: 16, channels: 1, value: 0.6, gradient: true)
        let gray = try ImageFolderDataset(root: folder.path, loading: ImageLoading(channels: 1, size: 8))
        XCTAssertEqual(try gray.example(at: 0).image.shape, [1, 8, 8])
        XCTAssertEqual(try gray.example(at: 1).image.shape, [1, 8, 8])
        let rgb = try ImageFolderDataset(root: folder.path, loading: ImageLoading(channels: 3, size: 10, crop: .random(seed: 4)))
        let first = try rgb.example(at: 0).image
        XCTAssertEqual(first.shape, [3, 10, 10])
        XCTAssertEqual(try rgb.example(at: 0).image.elements, first.elements, "the same crop each time")
        var reseeded = rgb
        let crops = try (0..<20).map { seed -> [Float] in
            reseeded.loading.crop = .random(seed: UInt64(seed))
            return try reseeded.example(at: 0).image.elements
        }
        XCTAssertGreaterThan(Set(crops.map { $0.first! }).count, 3, "other seeds, other crops")
    }

    func testPipelineMatchesTorchvisionResizeAndCenterCrop() throws {
        let url = try XCTUnwrap(BundledData.photoURLs.first { $0.lastPathComponent == "chelsea.png" })
        try folder.writeBytes("cat/chelsea.png", [UInt8](Data(contentsOf: url)))
        let dataset = try ImageFolderDataset(root: folder.path, loading: ImageLoading(channels: 3, size: 32))
        let image = try dataset.image(at: 0)
        let expected = ImageFixtureValues.bytes(ImageFixtures.photoResizes["chelsea pipeline 32"]!).map { Float($0) / 255 }
        let (largest, mean) = ImageFixtureValues.differences(image.samples.map { ($0 * 255).rounded() / 255 }, expected)
        XCTAssertLessThanOrEqual(largest, 2, "largest difference \(largest)/255 from PIL")
        XCTAssertLessThan(mean, 0.5, "mean difference \(mean)/255 from PIL")
    }

    func testNonImageFilesAreSkippedAndCounted() throws {
        try folder.write("cats/a.png")
        try folder.writeBytes("cats/notes.txt", Array("hi".utf8))
        try folder.writeBytes("labels.csv", Array("a,1".utf8))
        try folder.writeBytes("cats/.DS_Store", [0])
        try folder.write(".hidden/c.png")
        let dataset = try ImageFolderDataset(root: folder.path)
        XCTAssertEqual(dataset.count, 1)
        XCTAssertEqual(dataset.skippedFiles, ["cats/notes.txt", "labels.csv"])
        XCTAssertEqual(dataset.classNames, ["cats"])
    }

    func testDecodingIsLazyAndErrorsNameTheFile() throws {
        try folder.write("a.png")
        try folder.writeBytes("b.png", Array("not an image".utf8))
        let dataset = try ImageFolderDataset(root: folder.path)
        XCTAssertEqual(dataset.count, 2)
        XCTAssertNoThrow(try dataset.example(at: 0))
        XCTAssertThrowsError(try dataset.example(at: 1)) {
            XCTAssertEqual(($0 as? DataError)?.path, folder.path + "/b.png")
            XCTAssertEqual(($0 as? DataError)?.offset, 0)
        }
    }

    func testListingReadsOnlyTheFirstHeader() throws {
        var broken = try PNGCodec.encode(Image(width: 8, height: 6, channels: 3, samples: [Float](repeating: 0.5, count: 144)))
        let data = try XCTUnwrap((12..<broken.count).first { Array(broken[$0..<($0 + 4)]) == Array("IDAT".utf8) }) + 4
        broken[data + 2] ^= 0x5A
        try folder.writeBytes("a.png", PNGFuzz.repairingCRCs(broken))
        try folder.write("b.png")
        let dataset = try ImageFolderDataset(root: folder.path)
        XCTAssertThrowsError(try dataset.example(at: 0)) { XCTAssertEqual(($0 as? DataError)?.path, folder.path + "/a.png") }
        XCTAssertNoThrow(try dataset.example(at: 1))
    }

    func testMixedSizesWithoutResizeAreAnErrorNamingTheFile() throws {
        try folder.write("a.png", width: 8, height: 6)
        try folder.write("b.png", width: 9, height: 6)
        let dataset = try ImageFolderDataset(root: folder.path)
        XCTAssertNoThrow(try dataset.example(at: 0))
        XCTAssertThrowsError(try dataset.example(at: 1)) {
            XCTAssertEqual(($0 as? DataError)?.path, folder.path + "/b.png")
            XCTAssertTrue("\($0)".contains("9x6") && "\($0)".contains("8x6") && "\($0)".contains("size"), "\($0)")
        }
        let resized = try ImageFolderDataset(root: folder.path, loading: ImageLoading(size: 4))
        XCTAssertEqual(try resized.example(at: 1).image.shape, [3, 4, 4])
    }

    func testBadFoldersAreRejectedWithAReason() throws {
        assertRejected(folder.path + "/missing", "no such folder")
        try folder.write("file.png")
        assertRejected(folder.path + "/file.png", "not a folder")
        try folder.makeFolder("empty")
        assertRejected(folder.path + "/empty", "holds no files")
        try folder.writeBytes("texts/a.txt", [1])
        try folder.writeBytes("texts/b.md", [1])
        assertRejected(folder.path + "/texts", "no PNG or JPEG files among the folder's 2 files (a.txt, b.md)")
        try folder.write("mixed/loose.png")
        try folder.write("mixed/class/in.png")
        assertRejected(folder.path + "/mixed", "loose.png) sit next to the class folders class")
        try folder.write("classes/a/1.png")
        try folder.makeFolder("classes/b")
        XCTAssertThrowsError(try ImageFolderDataset(root: folder.path + "/classes")) {
            XCTAssertEqual(($0 as? DataError)?.path, folder.path + "/classes/b")
        }
    }

    private func assertRejected(_ root: String, _ text: String, line: UInt = #line) {
        XCTAssertThrowsError(try ImageFolderDataset(root: root), line: line) {
            XCTAssertEqual(($0 as? DataError)?.path, root, line: line)
            XCTAssertTrue("\($0)".contains(text), "\($0) does not mention \(text)", line: line)
        }
    }
}
