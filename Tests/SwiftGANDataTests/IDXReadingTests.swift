import Foundation
import SwiftGAN
import XCTest

/// IDX files written by the test, raw and gzip, read back as images, labels and datasets.
final class IDXReadingTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-idx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { [directory] in try? FileManager.default.removeItem(at: directory!) }
    }

    private func write(_ data: Data, _ name: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// Three 2x3 images with pixels 0, 10, 20, ... and labels 4, 0, 9.
    private let pixels = NDArray((0..<18).map { Float($0 * 10) }, shape: [3, 2, 3])
    private let labels = NDArray([4, 0, 9], shape: [3])

    func testRawAndGzipImagesReadTheSame() throws {
        for gzip in [false, true] {
            let url = try write(IDXEncoder.encode(pixels, gzip: gzip), gzip ? "images.gz" : "images")
            let file = try IDXFile(contentsOf: url)
            XCTAssertEqual(file.isCompressed, gzip)
            XCTAssertEqual(file.elementType, .uint8)
            XCTAssertEqual(file.dimensions, [3, 2, 3])
            let images = try file.images()
            XCTAssertEqual(images.shape, [3, 1, 2, 3])
            XCTAssertEqual(images.elements, (0..<18).map { Float($0 * 10) / 255 })
            XCTAssertEqual(try file.image(at: 2).elements, (12..<18).map { Float($0 * 10) / 255 })
        }
    }

    func testCompressionIsDetectedByContentNotByName() throws {
        let gzipNamedRaw = try write(IDXEncoder.encode(labels, gzip: true), "labels-idx1-ubyte")
        let rawNamedGzip = try write(IDXEncoder.encode(labels), "labels-idx1-ubyte.gz")
        XCTAssertEqual(try IDXFile(contentsOf: gzipNamedRaw).labels(), [4, 0, 9])
        XCTAssertEqual(try IDXFile(contentsOf: rawNamedGzip).labels(), [4, 0, 9])
        XCTAssertTrue(try IDXFile(contentsOf: gzipNamedRaw).isCompressed)
        XCTAssertFalse(try IDXFile(contentsOf: rawNamedGzip).isCompressed)
    }

    func testEveryElementTypeReadsItsValues() throws {
        let values = NDArray([-128, -1, 0, 1, 127, 100], shape: [2, 3])
        for type in [ScalarType.int8, .int16, .int32, .float32, .float64] {
            let file = try IDXFile(bytes: IDXEncoder.encode(values, as: type), path: "values")
            XCTAssertEqual(file.elementType, type)
            XCTAssertEqual(file.values().shape, [2, 3])
            XCTAssertEqual(file.values().elements, values.elements, "\(type)")
        }
        let wide = NDArray([0, 70000, 2_000_000_000], shape: [3])
        XCTAssertEqual(try IDXFile(bytes: IDXEncoder.encode(wide, as: .int32), path: "wide").labels(), [0, 70000, 2_000_000_000])
    }

    func testFloatImagesAreNotRescaled() throws {
        let values = NDArray([0, 0.25, 0.5, 1], shape: [1, 2, 2])
        for type in [ScalarType.float32, .float64] {
            XCTAssertEqual(try IDXFile(bytes: IDXEncoder.encode(values, as: type), path: "f").images().elements, [0, 0.25, 0.5, 1])
        }
    }

    func testTransposedImagesAreTurnedBack() throws {
        // One image stored transposed: the stored 3x2 rows are the columns of a 2x3 image.
        let stored = NDArray([1, 4, 2, 5, 3, 6].map { Float($0) }, shape: [1, 3, 2])
        let file = try IDXFile(bytes: IDXEncoder.encode(stored), path: "emnist")
        let images = try file.images(transposed: true)
        XCTAssertEqual(images.shape, [1, 1, 2, 3])
        XCTAssertEqual(images.elements, [1, 2, 3, 4, 5, 6].map { Float($0) / 255 })
        XCTAssertEqual(try file.image(at: 0, transposed: true).elements, images.elements)
        XCTAssertEqual(try file.images().shape, [1, 1, 3, 2])
    }

    func testDatasetPairsImagesWithLabels() throws {
        let images = try write(IDXEncoder.encode(pixels, gzip: true), "images.gz")
        let labelsURL = try write(IDXEncoder.encode(labels), "labels")
        let dataset = try IDXDataset(images: images, labels: labelsURL)
        XCTAssertEqual(dataset.count, 3)
        XCTAssertEqual(dataset.classCount, 10)
        XCTAssertEqual(dataset.labels, [4, 0, 9])
        let example = try dataset.example(at: 1)
        XCTAssertEqual(example.label, 0)
        XCTAssertEqual(example.image.shape, [1, 2, 3])
        XCTAssertEqual(example.image.elements, (6..<12).map { Float($0 * 10) / 255 })
        XCTAssertEqual(try dataset.images().shape, [3, 1, 2, 3])
    }

    func testTransposedDataset() throws {
        let stored = NDArray([1, 4, 2, 5, 3, 6].map { Float($0) }, shape: [1, 3, 2])
        let dataset = try IDXDataset(
            images: try write(IDXEncoder.encode(stored), "emnist-images"),
            labels: try write(IDXEncoder.encode(NDArray([26], shape: [1])), "emnist-labels"), transposed: true)
        XCTAssertTrue(dataset.isTransposed)
        XCTAssertEqual(dataset.classCount, 27)
        XCTAssertEqual(try dataset.example(at: 0).image.elements, [1, 2, 3, 4, 5, 6].map { Float($0) / 255 })
    }

    func testEmptyFilesHaveNoExamples() throws {
        let dataset = try IDXDataset(
            images: IDXFile(bytes: IDXEncoder.encode(NDArray(zeros: [0, 28, 28])), path: "none"),
            labels: IDXFile(bytes: IDXEncoder.encode(NDArray(zeros: [0])), path: "none-labels"))
        XCTAssertEqual(dataset.count, 0)
        XCTAssertNil(dataset.classCount)
        XCTAssertEqual(try dataset.images().shape, [0, 1, 28, 28])
    }
}
