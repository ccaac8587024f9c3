import Foundation
import SwiftGAN
import XCTest

/// Damaged NPZ archives are rejected with a `DataError` naming the archive and the byte offset of the problem.
///
/// The archive `{"a": [1, 2] as <f4}`, stored, is laid out as: local header at 0
/// (30 bytes + "a.npy"), the entry's 136 bytes at 35, the central directory
/// record at 171 (46 bytes + name), the end record at 222 (22 bytes).
final class NPZBadInputTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-npz-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { [directory] in try? FileManager.default.removeItem(at: directory!) }
    }

    private let entry = NPY.encode(NDArray([1, 2], shape: [2]))

    private func archive(compressed: Bool = false) throws -> Data {
        try NPZ.encode(["a": NDArray([1, 2], shape: [2])], compressed: compressed)
    }

    /// `data` with the little-endian `value` of `size` bytes at `offset`.
    private func patched(_ data: Data, at offset: Int, _ value: UInt32, size: Int = 4) -> Data {
        var copy = data
        for k in 0..<size { copy[offset + k] = UInt8(truncatingIfNeeded: value >> (8 * k)) }
        return copy
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
    }

    private func assertRejected(_ data: Data, at offset: Int, _ problem: String, line: UInt = #line) throws {
        let url = directory.appendingPathComponent("samples.npz")
        try data.write(to: url)
        XCTAssertThrowsError(try NPZ.read(contentsOf: url), line: line) { error in
            XCTAssertEqual((error as? DataError)?.path, url.path, line: line)
            XCTAssertEqual((error as? DataError)?.offset, offset, line: line)
            XCTAssertEqual("\(error)", "\(url.path) (byte \(offset)): \(problem)", line: line)
        }
    }

    func testTheLayoutTheseTestsAssume() throws {
        let data = try archive()
        XCTAssertEqual(data.count, 244)
        XCTAssertEqual(entry.count, 136)
        XCTAssertEqual(Array(data[171..<175]), [0x50, 0x4B, 0x01, 0x02])
        XCTAssertEqual(Array(data[222..<226]), [0x50, 0x4B, 0x05, 0x06])
    }

    func testNotAZipArchive() throws {
        try assertRejected(Data(), at: 0, "not a ZIP archive: 0 bytes are fewer than the 22 of its end record")
        try assertRejected(entry, at: 114, "not a ZIP archive: no end-of-central-directory record")
        try assertRejected(archive().prefix(200), at: 178, "not a ZIP archive: no end-of-central-directory record")
    }

    func testBadCRC() throws {
        try assertRejected(
            patched(archive(), at: 171 + 16, 0xDEAD_BEEF), at: 35,
            "entry 'a.npy' has CRC-32 \(hex(Zlib.crc32(entry))); the central directory says 0xdeadbeef")
        var flipped = try archive()
        flipped[170] ^= 0x01
        var damaged = entry
        damaged[135] ^= 0x01
        try assertRejected(
            flipped, at: 35, "entry 'a.npy' has CRC-32 \(hex(Zlib.crc32(damaged))); the central directory says \(hex(Zlib.crc32(entry)))")
        var deflated = try archive(compressed: true)
        let crcField = deflated.count - 22 - 51 + 16
        deflated = patched(deflated, at: crcField, 0)
        try assertRejected(deflated, at: 35, "entry 'a.npy' has CRC-32 \(hex(Zlib.crc32(entry))); the central directory says 0x00000000")
    }

    func testZIP64IsRejected() throws {
        try assertRejected(patched(patched(archive(), at: 222 + 8, 0xFFFF, size: 2), at: 222 + 10, 0xFFFF, size: 2), at: 232, "ZIP64 archives are not supported")
        try assertRejected(patched(archive(), at: 171 + 20, 0xFFFF_FFFF), at: 191, "entry 'a.npy' needs ZIP64, which is not supported")
        var locator = try archive()
        locator.insert(contentsOf: [0x50, 0x4B, 0x06, 0x07] + [UInt8](repeating: 0, count: 16), at: 222)
        try assertRejected(locator, at: 222, "ZIP64 archives are not supported")
    }

    func testUnsupportedFeatures() throws {
        try assertRejected(patched(archive(), at: 171 + 8, 1, size: 2), at: 179, "entry 'a.npy' is encrypted")
        try assertRejected(
            patched(archive(), at: 171 + 10, 12, size: 2), at: 181,
            "entry 'a.npy' uses compression method 12; only 0 (stored) and 8 (deflated) are supported")
        try assertRejected(patched(archive(), at: 222 + 4, 1, size: 2), at: 226, "archives split over several disks are not supported")
    }

    func testSizesAndOffsetsThatDoNotFit() throws {
        try assertRejected(
            patched(archive(), at: 222 + 16, 200), at: 238,
            "the central directory (51 bytes from byte 200) runs past the end record at byte 222")
        try assertRejected(
            patched(patched(archive(), at: 171 + 20, 137), at: 171 + 24, 137), at: 0,
            "the data of entry 'a.npy' (137 bytes from byte 35) runs into the central directory at byte 171")
        try assertRejected(
            patched(archive(), at: 171 + 24, 100), at: 191, "stored entry 'a.npy' has compressed size 136 but size 100")
        try assertRejected(patched(archive(), at: 171 + 42, 1), at: 1, "expected the local header of entry 'a.npy'")
        try assertRejected(
            patched(archive(), at: 171 + 42, 240), at: 244,
            "the data ends here, 4 bytes into the 30 bytes of the local header of entry 'a.npy' expected from byte 240")
        try assertRejected(patched(archive(), at: 222 + 10, 2, size: 2), at: 226, "archives split over several disks are not supported")
        try assertRejected(
            patched(patched(archive(), at: 222 + 8, 2, size: 2), at: 222 + 10, 2, size: 2), at: 222,
            "expected a central directory record")
    }

    func testDeflatedEntriesThatDoNotInflate() throws {
        let good = try archive(compressed: true)
        let sizeField = good.count - 22 - 51 + 24
        try assertRejected(
            patched(good, at: sizeField, 137), at: 35, "entry 'a.npy' inflates to 136 bytes; the central directory says 137")
        let compressedSize = good.count - 22 - 51 - 35
        try assertRejected(
            patched(good, at: sizeField, 100), at: 35 + compressedSize, "entry 'a.npy': decompressed data exceeds 100 bytes")
        var corrupt = good
        corrupt[36] = 0xFF
        corrupt[37] = 0xFF
        XCTAssertThrowsError(try NPZ.decode(corrupt, path: "corrupt.npz")) { error in
            XCTAssertEqual((error as? DataError)?.path, "corrupt.npz")
            XCTAssertTrue(((error as? DataError)?.offset).map { (35..<100).contains($0) } ?? false, "\(error)")
        }
    }

    func testBadArraysInsideEntries() throws {
        var stored = try archive()
        let descr = 35 + 10 + 10
        XCTAssertEqual(String(decoding: stored[descr..<(descr + 5)], as: UTF8.self), "'<f4'")
        stored[descr + 2] = UInt8(ascii: "c")
        stored[descr + 3] = UInt8(ascii: "8")
        var changed = entry
        changed[10 + 10 + 2] = UInt8(ascii: "c")
        changed[10 + 10 + 3] = UInt8(ascii: "8")
        try assertRejected(
            patched(stored, at: 171 + 16, Zlib.crc32(changed)), at: descr,
            "entry 'a.npy': NPY header: dtype '<c8' is not supported (only b1, i1, i2, i4, i8, u1, u2, u4, u8, f2, f4, f8)")
        var writer = ZIPWriter(path: "w")
        try writer.add(name: "a.npy", contents: changed, compressed: true)
        try assertRejected(
            writer.finish(), at: 35,
            "entry 'a.npy', byte 20 of its decompressed contents: NPY header: dtype '<c8' is not supported (only b1, i1, i2, i4, i8, u1, u2, u4, u8, f2, f4, f8)")
        var twice = ZIPWriter(path: "w")
        try twice.add(name: "a.npy", contents: entry, compressed: false)
        try twice.add(name: "a.npy", contents: entry, compressed: false)
        try assertRejected(twice.finish(), at: 206, "entry 'a.npy' appears twice")
    }
}
