import Foundation
import SwiftGAN
import XCTest

/// CIFAR-10 and CIFAR-100 batch files written by the test, read as datasets.
final class CIFARTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-cifar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { [directory] in try? FileManager.default.removeItem(at: directory!) }
    }

    /// The 3072 pixel bytes of record `seed`: red, green and blue planes of 32x32.
    private func pixels(_ seed: Int) -> [UInt8] {
        (0..<3072).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ seed &* 7) }
    }

    private func write(_ records: [[UInt8]], _ name: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(records.joined()).write(to: url)
        return url
    }

    func testCIFAR10BatchesFollowOneAnother() throws {
        let first = try write([[3] + pixels(0), [9] + pixels(1)], "data_batch_1.bin")
        let second = try write([[0] + pixels(2), [5] + pixels(3), [1] + pixels(4)], "data_batch_2.bin")
        let dataset = try CIFARDataset(batches: [first, second])
        XCTAssertEqual(dataset.count, 5)
        XCTAssertEqual(dataset.classCount, 10)
        XCTAssertEqual(dataset.labels, [3, 9, 0, 5, 1])
        for index in 0..<5 {
            let example = try dataset.example(at: index)
            XCTAssertEqual(example.image.shape, [3, 32, 32])
            XCTAssertEqual(example.label, dataset.labels[index])
            XCTAssertEqual(example.image.elements, pixels(index).map { Float($0) / 255 })
        }
        // Channel planes: the first blue pixel is byte 2048 of the image.
        XCTAssertEqual(try dataset.example(at: 3).image[[2, 0, 0]], Float(pixels(3)[2048]) / 255)
        XCTAssertEqual(try dataset.example(at: 3).image[[0, 1, 2]], Float(pixels(3)[34]) / 255)
    }

    func testCIFAR100FineAndCoarseLabels() throws {
        let batch = try write([[19, 99] + pixels(0), [4, 30] + pixels(1)], "train.bin")
        let fine = try CIFARDataset(batches: [batch], variant: .cifar100)
        XCTAssertEqual(fine.labels, [99, 30])
        XCTAssertEqual(fine.classCount, 100)
        XCTAssertEqual(try fine.example(at: 1).image.elements, pixels(1).map { Float($0) / 255 })
        let coarse = try CIFARDataset(batches: [batch], variant: .cifar100Coarse)
        XCTAssertEqual(coarse.labels, [19, 4])
        XCTAssertEqual(coarse.classCount, 20)
        XCTAssertEqual(try coarse.example(at: 0).label, 19)
    }

    func testBatchesInMemoryAndGzipBatches() throws {
        let records = Data(([[7] + pixels(5)] as [[UInt8]]).joined())
        let fromMemory = try CIFARDataset(batches: [(bytes: records, path: "memory.bin")])
        XCTAssertEqual(fromMemory.labels, [7])
        let gzip = directory.appendingPathComponent("test_batch.bin.gz")
        try Zlib.deflate(records, framing: .gzip).write(to: gzip)
        let fromGzip = try CIFARDataset(batches: [gzip])
        XCTAssertEqual(try fromGzip.example(at: 0).image.elements, try fromMemory.example(at: 0).image.elements)
    }
}
