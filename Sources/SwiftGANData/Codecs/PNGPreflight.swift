import Foundation

/// The checks made in Swift before libpng sees a PNG file: the signature,
/// every chunk inside the file, the CRCs of the critical chunks, the IHDR
/// size (guarded before anything is allocated, and against an IDAT stream too
/// short to hold it), so that errors name the byte offset.
///
/// It also drops the colour-space chunks (gAMA, sRGB, iCCP, cHRM). libpng's
/// simplified API would otherwise convert samples from the file's gamma: to
/// sRGB for 8-bit output and to linear light for 16-bit output. Without them
/// it assumes sRGB for 8-bit and linear for 16-bit files, which are the
/// formats it hands back, so the samples stored in the file come back
/// unchanged, as PIL and NumPy read them.
package struct PNGPreflight {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// Deflate cannot expand data more than 1032 times.
    static let maximumDeflateRatio = 1033
    static let colorSpaceChunks: Set<String> = ["gAMA", "sRGB", "iCCP", "cHRM"]

    let width: Int
    let height: Int
    let bitDepth: Int
    let colorType: Int
    /// The file without colour-space chunks, ending with IEND.
    let stream: [UInt8]

    init(_ bytes: [UInt8], path: String?) throws {
        guard bytes.count >= 8, Array(bytes[0..<8]) == Self.signature else {
            throw DataError(path: path, offset: 0, problem: "not a PNG file (the 8-byte PNG signature is missing)")
        }
        var stream = Self.signature
        var header: (width: Int, height: Int, depth: Int, color: Int, interlaced: Bool)?
        var idatBytes = 0
        var offset = 8
        while true {
            guard offset + 12 <= bytes.count else {
                throw DataError(path: path, offset: offset, problem: "the file ends before the IEND chunk (truncated)")
            }
            let length = Self.bigEndian32(bytes, offset)
            let type = Self.chunkType(bytes[(offset + 4)..<(offset + 8)])
            guard length <= 0x7FFF_FFFF, offset + 12 + length <= bytes.count else {
                throw DataError(
                    path: path, offset: offset,
                    problem: "chunk '\(type)' claims \(length) bytes but the file ends \(bytes.count - offset - 12) bytes later")
            }
            let end = offset + 12 + length
            if header == nil {
                guard type == "IHDR", length == 13 else {
                    throw DataError(path: path, offset: offset, problem: "the first chunk is '\(type)', not a 13-byte IHDR")
                }
            }
            if bytes[offset + 4] & 0x20 == 0 {
                let stored = UInt32(Self.bigEndian32(bytes, end - 4))
                let computed = Zlib.crc32(Data(bytes[(offset + 4)..<(end - 4)]))
                guard stored == computed else {
                    throw DataError(path: path, offset: offset, problem: "CRC mismatch in critical chunk '\(type)'")
                }
            }
            if header == nil {
                header = (
                    Self.bigEndian32(bytes, offset + 8), Self.bigEndian32(bytes, offset + 12),
                    Int(bytes[offset + 16]), Int(bytes[offset + 17]), bytes[offset + 20] == 1)
                try Image.checkSize(width: header!.width, height: header!.height, path: path, offset: offset + 8)
            }
            if type == "IDAT" { idatBytes += length }
            if !Self.colorSpaceChunks.contains(type) { stream += bytes[offset..<end] }
            offset = end
            if type == "IEND" { break }
        }
        let h = header!
        let channels = [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][h.color] ?? 4
        let rowBytes = (h.width * channels * max(h.depth, 1) + 7) / 8 + 1
        let minimumRaw = h.interlaced ? (h.width * h.height * channels * max(h.depth, 1)) / 8 : rowBytes * h.height
        guard minimumRaw <= idatBytes * Self.maximumDeflateRatio + 1024 else {
            throw DataError(
                path: path, offset: 8,
                problem: "\(idatBytes) bytes of IDAT data cannot hold a \(h.width)x\(h.height) image (truncated or corrupt)")
        }
        (width, height, bitDepth, colorType, self.stream) = (h.width, h.height, h.depth, h.color, stream)
    }

    /// A chunk type for messages: its letters, other bytes as `\xNN`.
    static func chunkType(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.map { byte in
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
        }.joined()
    }

    package static func bigEndian32(_ bytes: [UInt8], _ at: Int) -> Int {
        Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
    }
}
