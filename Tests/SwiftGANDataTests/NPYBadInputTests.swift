import Foundation
import SwiftGAN
import XCTest

/// Damaged NPY files are rejected with a `DataError` naming the file and the byte offset of the problem.
final class NPYBadInputTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-npy-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { [directory] in try? FileManager.default.removeItem(at: directory!) }
    }

    /// A version-1 file with `header` as its dictionary text (unpadded) and `data` after it.
    private func npy(_ header: String, _ data: [UInt8] = [], version: UInt8 = 1) -> Data {
        var bytes = Data([0x93] + Array("NUMPY".utf8) + [version, 0])
        let length = header.utf8.count
        bytes.append(contentsOf: version == 1 ? [UInt8(length & 0xFF), UInt8(length >> 8)] : [UInt8(length & 0xFF), UInt8(length >> 8), 0, 0])
        return bytes + Array(header.utf8) + data
    }

    /// The file offset of `needle` in the version-1 header text `header`.
    private func offset(of needle: String, in header: String) -> Int {
        let text = Array(header.utf8), pattern = Array(needle.utf8)
        return 10 + (0...(text.count - pattern.count)).first { Array(text[$0..<($0 + pattern.count)]) == pattern }!
    }

    private func header(descr: String = "'<f4'", fortran: String = "False", shape: String = "(2,)") -> String {
        "{'descr': \(descr), 'fortran_order': \(fortran), 'shape': \(shape), }"
    }

    private func assertRejected(
        _ data: Data, at offset: Int, _ problem: String, read: (URL) throws -> Void = { _ = try NPY.read(contentsOf: $0) },
        line: UInt = #line
    ) throws {
        let url = directory.appendingPathComponent("samples.npy")
        try data.write(to: url)
        XCTAssertThrowsError(try read(url), line: line) { error in
            XCTAssertEqual((error as? DataError)?.path, url.path, line: line)
            XCTAssertEqual((error as? DataError)?.offset, offset, line: line)
            XCTAssertEqual("\(error)", "\(url.path) (byte \(offset)): \(problem)", line: line)
        }
    }

    func testTruncatedPreambleAndHeader() throws {
        try assertRejected(Data(), at: 0, "the data ends here, 0 bytes into the 8 bytes of NPY magic and version expected from byte 0")
        try assertRejected(npy(header()).prefix(9), at: 9, "the data ends here, 1 bytes into the 2 bytes of a 2-byte field expected from byte 8")
        try assertRejected(
            npy(header()).prefix(40), at: 40, "the data ends here, 30 bytes into the 57 bytes of NPY header text expected from byte 10")
    }

    func testWrongMagicAndVersion() throws {
        try assertRejected(Data("PK\u{3}\u{4}0000000000".utf8), at: 0, "not an NPY file: it does not start with \\x93NUMPY")
        try assertRejected(npy(header(), version: 4), at: 6, "NPY format version 4.0 is not supported (1.0, 2.0 and 3.0 are)")
        var minor = npy(header(), [0, 0, 0, 0, 0, 0, 0, 0])
        minor[7] = 1
        try assertRejected(minor, at: 6, "NPY format version 1.1 is not supported (1.0, 2.0 and 3.0 are)")
    }

    func testTruncatedAndOverlongData() throws {
        let text = header(shape: "(3, 4)")
        try assertRejected(
            npy(text, [UInt8](repeating: 0, count: 20)), at: 10 + text.utf8.count + 20,
            "the data ends here, 20 bytes into the 48 bytes of NPY data (shape (3, 4) of <f4) expected from byte \(10 + text.utf8.count)")
        try assertRejected(
            npy(header(), [UInt8](repeating: 0, count: 9)), at: 10 + header().utf8.count + 8,
            "1 bytes follow the end of the NPY data (shape (2,) of <f4)")
    }

    func testShapesThatOverflowOrAreAbsurd() throws {
        try assertRejected(
            npy(header(shape: "(4294967296, 4294967296)")), at: 10,
            "NPY header: shape (4294967296, 4294967296) of <f4 describes more bytes than can be counted")
        let huge = header(shape: "(99999999999999999999,)")
        try assertRejected(npy(huge), at: offset(of: "9999", in: huge), "NPY header: shape extent is too large")
        let negative = header(shape: "(2, -3)")
        try assertRejected(npy(negative), at: offset(of: "-3", in: negative), "NPY header: shape extent is negative")
        let bigButFinite = header(shape: "(1000000, 1000000)")
        try assertRejected(
            npy(bigButFinite), at: 10 + bigButFinite.utf8.count,
            "the data ends here, 0 bytes into the 4000000000000 bytes of NPY data (shape (1000000, 1000000) of <f4) expected from byte \(10 + bigButFinite.utf8.count)")
    }

    func testBadHeaderDictionaries() throws {
        try assertRejected(npy("['descr', '<f4']"), at: 10, "NPY header: expected '{'")
        let unknown = "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), 'extra': 1}"
        try assertRejected(npy(unknown), at: offset(of: "'extra'", in: unknown), "NPY header: unexpected key 'extra' (expected 'descr', 'fortran_order' and 'shape')")
        let twice = "{'descr': '<f4', 'descr': '<f8', 'fortran_order': False, 'shape': (2,)}"
        try assertRejected(npy(twice), at: offset(of: "'descr': '<f8'", in: twice), "NPY header: key 'descr' appears twice")
        let missing = "{'descr': '<f4', 'shape': (2,)}"
        try assertRejected(npy(missing), at: 10 + missing.utf8.count, "NPY header: the header lacks 'fortran_order'")
        let trailing = header() + " x"
        try assertRejected(npy(trailing), at: 10 + trailing.utf8.count - 1, "NPY header: unexpected text after the closing '}'")
        let unclosed = "{'descr': '<f4, 'fortran_order': False"
        try assertRejected(npy(unclosed), at: offset(of: "'fortran_order", in: unclosed) + 1, "NPY header: expected ',' or '}'")
        let order = header(fortran: "maybe")
        try assertRejected(npy(order), at: offset(of: "maybe", in: order), "NPY header: fortran_order is not True or False")
        let notTuple = header(shape: "[2]")
        try assertRejected(npy(notTuple), at: offset(of: "[2]", in: notTuple), "NPY header: the shape is not a tuple")
    }

    func testUnsupportedDtypes() throws {
        let structured = header(descr: "[('x', '<f4')]")
        try assertRejected(
            npy(structured), at: offset(of: "[(", in: structured), "NPY header: the dtype is not a string (structured dtypes are not supported)")
        for (descr, problem) in [
            ("<c8", "dtype '<c8' is not supported (only b1, i1, i2, i4, i8, u1, u2, u4, u8, f2, f4, f8)"),
            ("<U10", "dtype '<U10' is not supported (only b1, i1, i2, i4, i8, u1, u2, u4, u8, f2, f4, f8)"),
            ("|f4", "dtype '|f4' gives no byte order ('|') for a 4-byte type"),
            ("float32", "dtype 'float32' is not a byte order ('<', '>', '|' or '=') followed by a kind and a size"),
        ] {
            let text = header(descr: "'\(descr)'")
            try assertRejected(npy(text, [UInt8](repeating: 0, count: 8)), at: offset(of: "'\(descr)'", in: text), "NPY header: " + problem)
        }
    }

    func testLabelsMustBeIntegers() throws {
        let images = directory.appendingPathComponent("images.npy")
        try NPY.write(NDArray(zeros: [2, 1, 2, 2]), to: images)
        try assertRejected(
            NPY.encode(NDArray([1, 2], shape: [2])), at: 0, "integers are needed, but the dtype is <f4",
            read: { _ = try NPYDataset(examples: images, labels: $0) })
        try assertRejected(
            NPY.encode(NDArray([1, -2], shape: [2]), dtype: NPYDType(.int64)), at: 136, "label -2 of row 1 is negative",
            read: { _ = try NPYDataset(examples: images, labels: $0) })
        try assertRejected(
            NPY.encode(NDArray([1, 2, 3], shape: [3]), dtype: NPYDType(.int64)), at: 128,
            "labels need shape (2,) to match \(images.path); the shape is (3,)",
            read: { _ = try NPYDataset(examples: images, labels: $0) })
        try assertRejected(
            NPY.encode(NDArray([1, 2, 3], shape: [3])), at: 128,
            "examples need an array of at least 2 dimensions, [N, ...]; the shape is (3,)",
            read: { _ = try NPYDataset(examples: $0) })
    }
}
