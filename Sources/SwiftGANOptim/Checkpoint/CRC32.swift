import Foundation

/// CRC-32 (IEEE 802.3, as zlib and PNG), for checkpoint integrity.
public struct CRC32: Sendable {
    /// The checksum of everything added so far.
    public private(set) var value: UInt32 = 0

    public init() {}

    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// Adds `bytes` to the checksum.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        var c = ~value
        Self.table.withUnsafeBufferPointer { table in
            for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        }
        value = ~c
    }

    /// Adds the UTF-8 bytes of `text`, then a zero byte as a separator.
    public mutating func update(_ text: String) {
        update(Array(text.utf8) + [0])
    }
}
