import Foundation
import SwiftGAN
import XCTest

/// Damaged IDX files are rejected with a `DataError` naming the file and the byte offset of the problem.
final class IDXBadInputTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-idx-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { [directory] in try? FileManager.default.removeItem(at: directory!) }
    }

    /// An IDX file from a type code, dimensions and data bytes.
    private func idx(_ code: UInt8, _ dimensions: [UInt32], _ data: [UInt8]) -> Data {
        var bytes = Data([0, 0, code, UInt8(dimensions.count)])
        for extent in dimensions { withUnsafeBytes(of: extent.bigEndian) { bytes.append(contentsOf: $0) } }
        return bytes + data
    }

    /// Writes `data`, opens it with `read`, and checks the whole message.
    private func assertRejected(
        _ data: Data, name: String = "t10k-images-idx3-ubyte", at offset: Int?, _ problem: String,
        read: (URL) throws -> Void = { _ = try IDXFile(contentsOf: $0) }, line: UInt = #line
    ) throws {
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        XCTAssertThrowsError(try read(url), line: line) { error in
            guard let error = error as? DataError else { return XCTFail("not a DataError: \(error)", line: line) }
            XCTAssertEqual(error.path, url.path, line: line)
            XCTAssertEqual(error.offset, offset, line: line)
            XCTAssertEqual(error.description, "\(url.path)\(offset.map { " (byte \($0))" } ?? ""): \(problem)", line: line)
        }
    }

    func testTruncatedHeaders() throws {
        try assertRejected(Data(), at: 0, "the data ends here, 0 bytes into the 4 bytes of IDX header (magic number) expected from byte 0")
        try assertRejected(Data([0, 0, 8]), at: 3, "the data ends here, 3 bytes into the 4 bytes of IDX header (magic number) expected from byte 0")
        try assertRejected(
            Data([0, 0, 8, 3, 0, 0, 0, 1]), at: 8,
            "the data ends here, 4 bytes into the 12 bytes of IDX header (3 dimension sizes) expected from byte 4")
    }

    func testTruncatedData() throws {
        try assertRejected(
            idx(0x08, [3, 28, 28], [UInt8](repeating: 7, count: 100)), at: 116,
            "the data ends here, 100 bytes into the 2352 bytes of IDX data (3 x 28 x 28 of uint8) expected from byte 16")
        try assertRejected(
            idx(0x0B, [2, 2], [0, 1, 0, 2, 0]), at: 17,
            "the data ends here, 5 bytes into the 8 bytes of IDX data (2 x 2 of int16) expected from byte 12")
    }

    func testBadMagicTypeAndRank() throws {
        try assertRejected(Data([0x50, 0x4B, 3, 4, 0, 0]), at: 0, "not an IDX file: it starts with 0x50 0x4B, not 0x00 0x00")
        try assertRejected(
            idx(0x07, [1], [1]), at: 2,
            "unknown IDX element type code 0x07 (known: 0x08 u8, 0x09 i8, 0x0B i16, 0x0C i32, 0x0D f32, 0x0E f64)")
        try assertRejected(Data([0, 0, 8, 0]), at: 3, "IDX header says 0 dimensions; at least 1 is needed")
    }

    func testDimensionsThatOverflow() throws {
        try assertRejected(
            idx(0x0E, [0xFFFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFF], []), at: 8,
            "IDX dimensions 4294967295 x 4294967295 of float64 describe more bytes than can be counted")
        try assertRejected(
            idx(0x08, [60000, 0xFFFF_FFFF, 0xFFFF_FFFF], []), at: 12,
            "IDX dimensions 60000 x 4294967295 x 4294967295 of uint8 describe more bytes than can be counted")
    }

    func testHugeDimensionsBeyondTheFileAreNotAllocated() throws {
        try assertRejected(
            idx(0x08, [0x7FFF_FFFF, 0xFFFF, 0xFF], [1, 2, 3]), at: 19,
            "the data ends here, 3 bytes into the 35887511905566975 bytes of IDX data (2147483647 x 65535 x 255 of uint8) expected from byte 16")
    }

    func testBytesAfterTheData() throws {
        try assertRejected(idx(0x08, [2], [1, 2, 3, 4]), at: 10, "2 bytes follow the end of the IDX data (2 of uint8)")
    }

    func testImagesAndLabelsOfTheWrongKind() throws {
        try assertRejected(
            idx(0x08, [2], [1, 2]), at: 3, "IDX header says 1 dimensions; images need 3 (count, height, width)",
            read: { _ = try IDXFile(contentsOf: $0).images() })
        try assertRejected(
            idx(0x0B, [1, 1, 1], [0, 1]), at: 2, "IDX images must be uint8, float32 or float64; this file holds int16",
            read: { _ = try IDXFile(contentsOf: $0).image(at: 0) })
        try assertRejected(
            idx(0x08, [1, 1, 1], [1]), name: "labels", at: 3, "IDX header says 3 dimensions; labels need 1 (count)",
            read: { _ = try IDXFile(contentsOf: $0).labels() })
        try assertRejected(
            idx(0x0D, [1], [0, 0, 0, 0]), name: "labels", at: 2, "IDX labels must be integers; this file holds float32",
            read: { _ = try IDXFile(contentsOf: $0).labels() })
        try assertRejected(
            idx(0x09, [3], [1, 0xFE, 2]), name: "labels", at: 9, "label -2 of item 1 is negative",
            read: { _ = try IDXFile(contentsOf: $0).labels() })
    }

    func testDatasetCountsMustMatch() throws {
        let images = directory.appendingPathComponent("images")
        try idx(0x08, [3, 1, 1], [1, 2, 3]).write(to: images)
        try assertRejected(
            idx(0x08, [2], [1, 2]), name: "labels", at: 4,
            "the labels file holds 2 labels but the images file \(images.path) holds 3 images",
            read: { _ = try IDXDataset(images: images, labels: $0) })
    }

    func testDamagedGzip() throws {
        let good = IDXEncoder.encode(NDArray((0..<64).map { Float($0) }, shape: [4, 4, 4]), gzip: true)
        try assertRejected(good.prefix(good.count - 12), name: "images.gz", at: good.count - 12, "the compressed data ends early")
        var corrupt = good
        corrupt[corrupt.count - 6] ^= 0xFF
        try assertRejected(corrupt, name: "images.gz", at: good.count - 4, "corrupt compressed data (zlib status -3)")
    }

    func testOffsetsInGzipFilesCountDecompressedBytes() throws {
        let truncated = Zlib.deflate(idx(0x08, [2, 2, 2], [1, 2, 3]), framing: .gzip)
        try assertRejected(
            truncated, name: "images.gz", at: 19,
            "the data ends here, 3 bytes into the 8 bytes of IDX data (2 x 2 x 2 of uint8) expected from byte 16 (offset in the decompressed data)")
    }

    func testMissingFilesAndFolders() throws {
        let missing = directory.appendingPathComponent("absent.idx")
        XCTAssertThrowsError(try IDXFile(contentsOf: missing)) { error in
            XCTAssertEqual((error as? DataError)?.path, missing.path)
            XCTAssertTrue("\(error)".hasPrefix("\(missing.path): cannot be read"), "\(error)")
        }
        XCTAssertThrowsError(try IDXFile(contentsOf: directory)) { error in
            XCTAssertEqual("\(error)", "\(directory.path): is a directory, not a data file")
        }
    }
}
