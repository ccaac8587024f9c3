import CZlib
import Foundation

/// The one file that calls zlib: gzip and raw-deflate decompression, and compression.
public enum Zlib {
    /// Which framing the compressed bytes use.
    public enum Framing: Sendable {
        /// gzip (`.gz` files).
        case gzip
        /// zlib (RFC 1950).
        case zlib
        /// Raw deflate (ZIP entries).
        case raw

        var windowBits: Int32 {
            switch self {
            case .gzip: return 15 + 16
            case .zlib: return 15
            case .raw: return -15
            }
        }
    }

    /// Decompresses `data`; `limit` bounds the output (a corrupt or hostile stream
    /// cannot exhaust memory). Errors name `path`.
    public static func inflate(_ data: Data, framing: Framing, limit: Int = 1 << 32, path: String? = nil) throws -> Data {
        var stream = z_stream()
        guard sg_inflate_init2(&stream, framing.windowBits) == Z_OK else {
            throw DataError(path: path, problem: "zlib could not start decompressing")
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        let status = pump(&stream, data, into: &output, limit: limit) { stream, result in
            result == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
        } step: { CZlib.inflate(&$0, Z_NO_FLUSH) }
        guard status == Z_STREAM_END else {
            let consumed = Int(stream.total_in)
            if status == Z_MEM_ERROR && output.count > limit {
                throw DataError(path: path, offset: consumed, problem: "decompressed data exceeds \(limit) bytes")
            }
            let reason = status == Z_OK || status == Z_BUF_ERROR ? "the compressed data ends early" : "corrupt compressed data (zlib status \(status))"
            throw DataError(path: path, offset: consumed, problem: reason)
        }
        return output
    }

    /// Compresses `data` (level 6 by default).
    public static func deflate(_ data: Data, framing: Framing, level: Int32 = 6) -> Data {
        var stream = z_stream()
        precondition(sg_deflate_init2(&stream, level, framing.windowBits) == Z_OK, "zlib: deflateInit2 failed")
        defer { deflateEnd(&stream) }
        var output = Data()
        let status = pump(&stream, data, into: &output, limit: .max) { _, result in result == Z_OK } step: {
            CZlib.deflate(&$0, Z_FINISH)
        }
        precondition(status == Z_STREAM_END, "zlib: deflate failed with status \(status)")
        return output
    }

    /// Runs `step` (inflate or deflate) over `data` in 64 KiB output chunks, appending to
    /// `output`, while `continuing(stream, status)` holds; returns the last status, or
    /// `Z_MEM_ERROR` once `output` exceeds `limit`.
    private static func pump(
        _ stream: inout z_stream, _ data: Data, into output: inout Data, limit: Int,
        continuing: (z_stream, Int32) -> Bool, step: (inout z_stream) -> Int32
    ) -> Int32 {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        return data.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> Int32 in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: UInt8.self).baseAddress)
            stream.avail_in = UInt32(input.count)
            var result: Int32 = Z_OK
            repeat {
                result = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    let r = step(&stream)
                    output.append(buffer.baseAddress!, count: buffer.count - Int(stream.avail_out))
                    return r
                }
                if output.count > limit { return Z_MEM_ERROR }
            } while continuing(stream, result)
            return result
        }
    }

    /// CRC-32 of `data` (as used by gzip, PNG and ZIP).
    public static func crc32(_ data: Data, initial: UInt = 0) -> UInt32 {
        data.withUnsafeBytes { UInt32(CZlib.crc32(initial, $0.bindMemory(to: UInt8.self).baseAddress, UInt32($0.count))) }
    }
}
