import Foundation
import SwiftGANKernels

/// The bytes of one data file with bounds-checked reads whose errors name the
/// file and the byte offset.
///
/// Files stored raw are memory-mapped, so that only the pages a reader touches
/// are read from disk; gzip files (detected by their first two bytes,
/// `1f 8b`) are decompressed once into memory, and offsets then count bytes of
/// the decompressed data.
struct BinaryData: Sendable {
    /// The bytes, mapped or decompressed.
    let bytes: Data
    /// The file, for error messages.
    let path: String
    /// Whether `bytes` were decompressed from gzip.
    let isDecompressed: Bool

    /// Wraps bytes already in memory; gzip data is decompressed when `detectGzip` is set.
    init(bytes: Data, path: String, detectGzip: Bool) throws {
        self.path = path
        if detectGzip && bytes.count >= 2 && bytes[bytes.startIndex] == 0x1F && bytes[bytes.startIndex + 1] == 0x8B {
            guard bytes.count <= Int(UInt32.max) else {
                throw DataError(path: path, offset: 0, problem: "gzip files of 4 GiB or more are not supported; decompress it first")
            }
            self.bytes = try Zlib.inflate(bytes, framing: .gzip, path: path)
            isDecompressed = true
        } else {
            self.bytes = bytes
            isDecompressed = false
        }
    }

    /// The file at `url`, memory-mapped (empty files are read as no bytes).
    static func load(_ url: URL, detectGzip: Bool) throws -> BinaryData {
        let path = url.path
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            guard (attributes[.type] as? FileAttributeType) != .typeDirectory else {
                throw DataError(path: path, problem: "is a directory, not a data file")
            }
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch let error as DataError {
            throw error
        } catch {
            throw DataError(path: path, problem: "cannot be read: \(ErrorText.describe(error))")
        }
        let bytes: Data
        do {
            bytes = size == 0 ? Data() : try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw DataError(path: path, problem: "cannot be read: \(ErrorText.describe(error))")
        }
        return try BinaryData(bytes: bytes, path: path, detectGzip: detectGzip)
    }

    /// Number of bytes.
    var count: Int { bytes.count }

    /// An error at `offset`; for decompressed data the message says which bytes the offset counts.
    func error(at offset: Int, _ problem: String) -> DataError {
        DataError(path: path, offset: offset, problem: isDecompressed ? problem + " (offset in the decompressed data)" : problem)
    }

    /// Throws the truncation error unless `length` bytes of `what` start at `offset`.
    func require(_ length: Int, at offset: Int, for what: String) throws {
        guard offset >= 0, length >= 0, offset <= count, length <= count - offset else {
            let available = max(0, count - max(offset, 0))
            throw error(
                at: count,
                "the data ends here, \(available) bytes into the \(length) bytes of \(what) expected from byte \(offset)")
        }
    }

    /// The byte at `offset`, which must be in range.
    func uint8(at offset: Int) throws -> UInt8 {
        try require(1, at: offset, for: "a 1-byte field")
        return withUnsafeBytes { $0[offset] }
    }

    /// The big-endian 32-bit value at `offset`.
    func uint32BE(at offset: Int) throws -> UInt32 {
        try require(4, at: offset, for: "a 4-byte field")
        return withUnsafeBytes { UInt32(bigEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }

    /// The little-endian 32-bit value at `offset`.
    func uint32LE(at offset: Int) throws -> UInt32 {
        try require(4, at: offset, for: "a 4-byte field")
        return withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }

    /// The little-endian 16-bit value at `offset`.
    func uint16LE(at offset: Int) throws -> UInt16 {
        try require(2, at: offset, for: "a 2-byte field")
        return withUnsafeBytes { UInt16(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt16.self)) }
    }

    /// Read access to all the bytes (zero-based).
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try bytes.withUnsafeBytes(body)
    }
}
