import Foundation

/// A ZIP archive read through its central directory: stored and deflated
/// entries, with sizes and CRC-32s checked. ZIP64 archives, several disks and
/// encryption are rejected. Local headers are only used to find where each
/// entry's data starts (their sizes may be ZIP64 placeholders, as in NumPy's
/// archives).
struct ZIPArchive: Sendable {
    /// The archive's bytes.
    let data: BinaryData
    /// The entries, in central directory order.
    let entries: [ZIPEntry]

    private static let endSignature: UInt32 = 0x0605_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    private static let localSignature: UInt32 = 0x0403_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50

    init(_ data: BinaryData) throws {
        let end = try Self.findEndRecord(data)
        if end >= 20, try data.uint32LE(at: end - 20) == Self.zip64LocatorSignature {
            throw data.error(at: end - 20, "ZIP64 archives are not supported")
        }
        let disk = try data.uint16LE(at: end + 4), directoryDisk = try data.uint16LE(at: end + 6)
        let diskEntries = try data.uint16LE(at: end + 8), totalEntries = try data.uint16LE(at: end + 10)
        guard disk == 0 && directoryDisk == 0 && diskEntries == totalEntries else {
            throw data.error(at: end + 4, "archives split over several disks are not supported")
        }
        let directorySize = try data.uint32LE(at: end + 12), directoryOffset = try data.uint32LE(at: end + 16)
        guard totalEntries != 0xFFFF && directorySize != 0xFFFF_FFFF && directoryOffset != 0xFFFF_FFFF else {
            throw data.error(at: end + 10, "ZIP64 archives are not supported")
        }
        guard Int(directoryOffset) + Int(directorySize) <= end else {
            throw data.error(
                at: end + 16,
                "the central directory (\(directorySize) bytes from byte \(directoryOffset)) runs past the end record at byte \(end)")
        }
        var entries: [ZIPEntry] = []
        var offset = Int(directoryOffset)
        let directoryEnd = Int(directoryOffset) + Int(directorySize)
        for _ in 0..<totalEntries {
            entries.append(try Self.entry(at: &offset, in: data, directoryStart: Int(directoryOffset), directoryEnd: directoryEnd))
        }
        (self.data, self.entries) = (data, entries)
    }

    /// The uncompressed contents of `entry`, checked against its size and CRC-32.
    func contents(of entry: ZIPEntry) throws -> Data {
        let stored = data.withUnsafeBytes { Data($0[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)]) }
        var contents = stored
        if entry.method == 8 {
            do {
                contents = try Zlib.inflate(stored, framing: .raw, limit: entry.uncompressedSize, path: data.path)
            } catch let error as DataError {
                throw data.error(at: entry.dataOffset + (error.offset ?? 0), "entry '\(entry.name)': \(error.problem)")
            }
        }
        guard contents.count == entry.uncompressedSize else {
            throw data.error(
                at: entry.dataOffset,
                "entry '\(entry.name)' inflates to \(contents.count) bytes; the central directory says \(entry.uncompressedSize)")
        }
        let crc = Zlib.crc32(contents)
        guard crc == entry.crc32 else {
            throw data.error(
                at: entry.dataOffset, "entry '\(entry.name)' has CRC-32 \(Self.hex(crc)); the central directory says \(Self.hex(entry.crc32))")
        }
        return contents
    }

    /// The offset of the end-of-central-directory record, searched for from
    /// the end of the file back over the longest possible comment.
    private static func findEndRecord(_ data: BinaryData) throws -> Int {
        guard data.count >= 22 else {
            throw data.error(at: data.count, "not a ZIP archive: \(data.count) bytes are fewer than the 22 of its end record")
        }
        var candidate = data.count - 22
        while candidate >= max(0, data.count - 22 - 0xFFFF) {
            if try data.uint32LE(at: candidate) == endSignature,
                try Int(data.uint16LE(at: candidate + 20)) == data.count - candidate - 22
            {
                return candidate
            }
            candidate -= 1
        }
        throw data.error(at: data.count - 22, "not a ZIP archive: no end-of-central-directory record")
    }

    /// Parses the central directory record at `offset` and moves past it.
    private static func entry(at offset: inout Int, in data: BinaryData, directoryStart: Int, directoryEnd: Int) throws -> ZIPEntry {
        let record = offset
        guard record + 46 <= directoryEnd, try data.uint32LE(at: record) == centralSignature else {
            throw data.error(at: record, "expected a central directory record")
        }
        let flags = try data.uint16LE(at: record + 8), method = try data.uint16LE(at: record + 10)
        let crc = try data.uint32LE(at: record + 16)
        let compressed = try data.uint32LE(at: record + 20), uncompressed = try data.uint32LE(at: record + 24)
        let nameLength = Int(try data.uint16LE(at: record + 28))
        let extraLength = Int(try data.uint16LE(at: record + 30)), commentLength = Int(try data.uint16LE(at: record + 32))
        let localOffset = try data.uint32LE(at: record + 42)
        offset = record + 46 + nameLength + extraLength + commentLength
        guard offset <= directoryEnd else {
            throw data.error(at: record + 28, "the central directory record's name, extra field and comment run past the directory's end")
        }
        let name = data.withUnsafeBytes { String(decoding: $0[(record + 46)..<(record + 46 + nameLength)], as: UTF8.self) }
        guard flags & 1 == 0 else { throw data.error(at: record + 8, "entry '\(name)' is encrypted") }
        guard method == 0 || method == 8 else {
            throw data.error(
                at: record + 10, "entry '\(name)' uses compression method \(method); only 0 (stored) and 8 (deflated) are supported")
        }
        guard compressed != 0xFFFF_FFFF && uncompressed != 0xFFFF_FFFF && localOffset != 0xFFFF_FFFF else {
            throw data.error(at: record + 20, "entry '\(name)' needs ZIP64, which is not supported")
        }
        guard method == 8 || compressed == uncompressed else {
            throw data.error(at: record + 20, "stored entry '\(name)' has compressed size \(compressed) but size \(uncompressed)")
        }
        let local = Int(localOffset)
        try data.require(30, at: local, for: "the local header of entry '\(name)'")
        guard try data.uint32LE(at: local) == localSignature else {
            throw data.error(at: local, "expected the local header of entry '\(name)'")
        }
        let dataOffset = local + 30 + Int(try data.uint16LE(at: local + 26)) + Int(try data.uint16LE(at: local + 28))
        guard dataOffset <= directoryStart, Int(compressed) <= directoryStart - dataOffset else {
            throw data.error(
                at: local,
                "the data of entry '\(name)' (\(compressed) bytes from byte \(dataOffset)) runs into the central directory at byte \(directoryStart)")
        }
        return ZIPEntry(
            name: name, method: method, crc32: crc, compressedSize: Int(compressed), uncompressedSize: Int(uncompressed),
            dataOffset: dataOffset)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
    }
}
