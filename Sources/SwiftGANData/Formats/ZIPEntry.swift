/// One file in a ZIP archive, as its central directory record describes it.
struct ZIPEntry: Sendable {
    /// The stored name.
    let name: String
    /// 0 (stored) or 8 (deflated).
    let method: UInt16
    /// The CRC-32 of the uncompressed contents.
    let crc32: UInt32
    /// Bytes of stored or compressed data.
    let compressedSize: Int
    /// Bytes once inflated.
    let uncompressedSize: Int
    /// Where the entry's data starts (after its local header).
    let dataOffset: Int
}
