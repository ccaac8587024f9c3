import Foundation
import SwiftGAN
import XCTest

/// Raw IDX and NPY files are memory-mapped and read example by example: a
/// sparse file of about 31 GB (more than many machines' memory) opens at once
/// and its last example reads back, which a reader that loaded the whole file
/// could not do. Gzip files are decompressed once into memory.
final class StreamingTests: XCTestCase {
    private var directory: URL!
    /// Images in the sparse files: 40 million 28x28 bytes, 31.36 GB.
    private let hugeCount = 40_000_000

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-streaming-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { [directory] in try? FileManager.default.removeItem(at: directory!) }
    }

    /// A file of `header`, then zeros (a hole), then `tail` ending at `size` bytes.
    private func sparseFile(_ name: String, header: Data, tail: [UInt8], size: Int) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try header.write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(size - tail.count))
        try handle.write(contentsOf: Data(tail))
        return url
    }

    private let lastImage: [UInt8] = (0..<784).map { UInt8($0 % 251) }

    func testHugeRawIDXFileIsReadLazily() throws {
        var header = Data([0, 0, 8, 3])
        for extent in [UInt32(hugeCount), 28, 28] { withUnsafeBytes(of: extent.bigEndian) { header.append(contentsOf: $0) } }
        let url = try sparseFile("huge-images-idx3-ubyte", header: header, tail: lastImage, size: 16 + hugeCount * 784)
        let file = try IDXFile(contentsOf: url)
        XCTAssertFalse(file.isCompressed)
        XCTAssertEqual(file.itemCount, hugeCount)
        XCTAssertEqual(try file.image(at: hugeCount - 1).elements, lastImage.map { Float($0) / 255 })
        XCTAssertEqual(try file.image(at: hugeCount / 2).elements, [Float](repeating: 0, count: 784))
    }

    func testHugeNPYFileIsReadLazily() throws {
        let dictionary = "{'descr': '|u1', 'fortran_order': False, 'shape': (\(hugeCount), 1, 28, 28), }"
        var header = Data([0x93] + Array("NUMPY".utf8) + [1, 0, 118, 0])
        header.append(contentsOf: Array((dictionary.padding(toLength: 117, withPad: " ", startingAt: 0) + "\n").utf8))
        let url = try sparseFile("huge.npy", header: header, tail: lastImage, size: 128 + hugeCount * 784)
        let file = try NPYFile(contentsOf: url)
        XCTAssertEqual(file.shape, [hugeCount, 1, 28, 28])
        XCTAssertEqual(file.rows((hugeCount - 1)..<hugeCount).elements, lastImage.map(Float.init))
        let dataset = try NPYDataset(examples: url)
        XCTAssertEqual(dataset.count, hugeCount)
        let last = try dataset.example(at: hugeCount - 1)
        XCTAssertEqual(last.image.shape, [1, 28, 28])
        XCTAssertNil(last.label)
        XCTAssertEqual(last.image.elements, lastImage.map(Float.init))
    }

    func testStreamedExamplesMatchTheWholeArray() throws {
        let pixels = NDArray((0..<(50 * 7 * 5)).map { Float(($0 * 13) % 256) }, shape: [50, 7, 5])
        let labels = NDArray((0..<50).map { Float($0 % 10) }, shape: [50])
        for gzip in [false, true] {
            let images = directory.appendingPathComponent("images\(gzip)")
            let labelsURL = directory.appendingPathComponent("labels\(gzip)")
            try IDXEncoder.encode(pixels, gzip: gzip).write(to: images)
            try IDXEncoder.encode(labels, gzip: gzip).write(to: labelsURL)
            let dataset = try IDXDataset(images: images, labels: labelsURL)
            XCTAssertEqual(dataset.imageFile.isCompressed, gzip)
            let all = try dataset.images()
            for index in [0, 17, 49] {
                XCTAssertEqual(try dataset.example(at: index).image.elements, all.slice(axis: 0, start: index, end: index + 1).elements)
                XCTAssertEqual(try dataset.example(at: index).label, index % 10)
            }
        }
    }

    func testNPYDatasetWithLabels() throws {
        let examples = directory.appendingPathComponent("samples.npy")
        let labels = directory.appendingPathComponent("labels.npy")
        let values = NDArray((0..<(6 * 3 * 2 * 2)).map { Float($0) / 10 }, shape: [6, 3, 2, 2])
        try NPY.write(values, to: examples)
        try NPY.write(NDArray([0, 4, 1, 4, 2, 3], shape: [6]), to: labels, dtype: NPYDType(.int64))
        let dataset = try NPYDataset(examples: examples, labels: labels)
        XCTAssertEqual(dataset.count, 6)
        XCTAssertEqual(dataset.classCount, 5)
        let example = try dataset.example(at: 3)
        XCTAssertEqual(example.label, 4)
        XCTAssertEqual(example.image.shape, [3, 2, 2])
        XCTAssertEqual(example.image.elements, values.slice(axis: 0, start: 3, end: 4).elements)
    }
}
