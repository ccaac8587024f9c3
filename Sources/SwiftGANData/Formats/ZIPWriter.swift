import Foundation

/// Builds a ZIP archive in memory: stored or deflated entries, no ZIP64.
/// Every entry carries the same timestamp (1980-01-01 00:00), so the same
/// arrays always give the same bytes. Package access lets tests and fuzzing
/// build archives with any entries.
package struct ZIPWriter {
    private var body = Data()
    private var directory = Data()
    private var entryCount = 0
    /// The archive's path, for errors.
    let path: String

    /// An empty archive; errors name `path`.
    package init(path: String) {
        self.path = path
    }

    /// Adds an entry named `name` holding `contents`, deflated when `compressed` is set.
    package mutating func add(name: String, contents: Data, compressed: Bool) throws {
        let nameBytes = Array(name.utf8)
        let limit = Int(UInt32.max) - 1
        let tooLarge = DataError(
            path: path, problem: "entry '\(name)' would need ZIP64 (over 4 GiB, or more than 65534 entries), which is not supported")
        guard nameBytes.count <= 0xFFFF else { throw DataError(path: path, problem: "entry name '\(name)' is longer than ZIP allows") }
        guard entryCount < 0xFFFE && contents.count <= limit else { throw tooLarge }
        let stored = compressed ? Zlib.deflate(contents, framing: .raw) : contents
        guard stored.count <= limit && body.count <= limit - stored.count - 30 - nameBytes.count else { throw tooLarge }
        let crc = Zlib.crc32(contents)
        let flags: UInt16 = nameBytes.allSatisfy { $0 < 0x80 } ? 0 : 0x0800
        let method: UInt16 = compressed ? 8 : 0
        let localOffset = UInt32(body.count)
        let common: [(Int, Int)] = [
            (20, 2), (Int(flags), 2), (Int(method), 2), (0, 2), (0x21, 2), (Int(crc), 4), (stored.count, 4), (contents.count, 4),
            (nameBytes.count, 2), (0, 2),
        ]
        Self.append([(0x0403_4B50, 4)] + common, to: &body)
        body.append(contentsOf: nameBytes)
        body.append(stored)
        Self.append([(0x0201_4B50, 4), (20, 2)] + common + [(0, 2), (0, 2), (0, 2), (0, 4), (Int(localOffset), 4)], to: &directory)
        directory.append(contentsOf: nameBytes)
        entryCount += 1
    }

    /// The archive: the entries, the central directory and the end record.
    package func finish() throws -> Data {
        guard body.count <= Int(UInt32.max) - directory.count - 22 else {
            throw DataError(path: path, problem: "the archive would need ZIP64 (over 4 GiB), which is not supported")
        }
        var archive = body
        archive.append(directory)
        Self.append(
            [(0x0605_4B50, 4), (0, 2), (0, 2), (entryCount, 2), (entryCount, 2), (directory.count, 4), (body.count, 4), (0, 2)],
            to: &archive)
        return archive
    }

    /// Appends little-endian fields given as (value, byte count).
    private static func append(_ fields: [(Int, Int)], to data: inout Data) {
        for (value, size) in fields {
            for k in 0..<size { data.append(UInt8(truncatingIfNeeded: value >> (8 * k))) }
        }
    }
}
