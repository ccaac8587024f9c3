import Foundation
import SwiftGAN
import XCTest

/// Damaged CIFAR batches are rejected with a `DataError` naming the file and the byte offset.
final class CIFARBadInputTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-cifar-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { [directory] in try? FileManager.default.removeItem(at: directory!) }
    }

    private let pixels = [UInt8](repeating: 128, count: 3072)

    /// Writes `bytes` as the second of two batches (the first is valid) and checks the whole message.
    private func assertRejected(
        _ bytes: [UInt8], variant: CIFARVariant = .cifar10, at offset: Int, _ problem: String, line: UInt = #line
    ) throws {
        let good = directory.appendingPathComponent("data_batch_1.bin")
        try Data((variant == .cifar10 ? [1] : [1, 1]) + pixels).write(to: good)
        let bad = directory.appendingPathComponent("data_batch_2.bin")
        try Data(bytes).write(to: bad)
        XCTAssertThrowsError(try CIFARDataset(batches: [good, bad], variant: variant), line: line) { error in
            XCTAssertEqual((error as? DataError)?.path, bad.path, line: line)
            XCTAssertEqual((error as? DataError)?.offset, offset, line: line)
            XCTAssertEqual("\(error)", "\(bad.path) (byte \(offset)): \(problem)", line: line)
        }
    }

    func testEmptyBatch() throws {
        try assertRejected([], at: 0, "the file is empty; a CIFAR-10 batch holds records of 3073 bytes")
    }

    func testIncompleteLastRecord() throws {
        try assertRejected(
            [2] + pixels + [3] + pixels.prefix(1000), at: 3073,
            "incomplete record 1: 1001 of its 3073 bytes are present (CIFAR-10 records are 3073 bytes)")
        try assertRejected(
            Array(([2] + pixels).prefix(3000)), at: 0,
            "incomplete record 0: 3000 of its 3073 bytes are present (CIFAR-10 records are 3073 bytes)")
    }

    func testCIFAR100FilesReadAsCIFAR10() throws {
        try assertRejected(
            [3, 40] + pixels + [1, 2] + pixels, at: 6146,
            "incomplete record 2: 2 of its 3073 bytes are present (CIFAR-10 records are 3073 bytes)")
    }

    func testLabelsOutOfRange() throws {
        try assertRejected([2] + pixels + [10] + pixels, at: 3073, "label 10 of record 1 is not a CIFAR-10 class (0-9)")
        try assertRejected(
            [3, 40] + pixels + [20, 2] + pixels, variant: .cifar100, at: 3074, "label 20 of record 1 is not a CIFAR-100 class (0-19)")
        try assertRejected(
            [3, 40] + pixels + [19, 100] + pixels, variant: .cifar100Coarse, at: 3075,
            "label 100 of record 1 is not a CIFAR-100 class (0-99)")
    }

    func testMissingBatch() throws {
        let missing = directory.appendingPathComponent("data_batch_9.bin")
        XCTAssertThrowsError(try CIFARDataset(batches: [missing])) { error in
            XCTAssertEqual((error as? DataError)?.path, missing.path)
            XCTAssertNil((error as? DataError)?.offset)
        }
    }
}
