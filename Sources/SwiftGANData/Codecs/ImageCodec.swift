import Foundation
import SwiftGANKernels

/// Reading and writing image files, choosing the decoder by the file's first
/// bytes (PNG or JPEG), never by its name.
public enum ImageCodec {
    /// Decodes PNG or JPEG bytes; other content throws a `DataError` naming `path`.
    public static func decode(_ bytes: [UInt8], path: String? = nil) throws -> Image {
        switch ImageFormat(sniffing: bytes) {
        case .png: return try PNGCodec.decode(bytes, path: path)
        case .jpeg: return try JPEGCodec.decode(bytes, path: path)
        case .gif, nil: throw unsupported(bytes, path: path)
        }
    }

    /// The width and height of PNG or JPEG bytes, from the header alone.
    public static func size(_ bytes: [UInt8], path: String? = nil) throws -> (width: Int, height: Int) {
        switch ImageFormat(sniffing: bytes) {
        case .png:
            let preflight = try PNGPreflight(bytes, path: path)
            return (preflight.width, preflight.height)
        case .jpeg: return try JPEGCodec.size(bytes, path: path)
        case .gif, nil: throw unsupported(bytes, path: path)
        }
    }

    /// Reads and decodes the PNG or JPEG file at `path`.
    public static func read(_ path: String) throws -> Image {
        try decode(readBytes(path), path: path)
    }

    /// Writes `image` to `path` as PNG (8 or 16 bits), replacing the file atomically.
    public static func writePNG(_ image: Image, to path: String, bitDepth: Int = 8) throws {
        try writeBytes(PNGCodec.encode(image, bitDepth: bitDepth), to: path)
    }

    /// The bytes of the file at `path`, or a `DataError` naming it.
    static func readBytes(_ path: String) throws -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw DataError(path: path, problem: "cannot be read (\(ErrorText.describe(error)))")
        }
    }

    /// Writes `bytes` to `path` atomically, or throws an `AtomicWriteError` naming it and the cause.
    static func writeBytes(_ bytes: [UInt8], to path: String) throws {
        try AtomicFileWriter.write(Data(bytes), to: URL(fileURLWithPath: path))
    }

    private static func unsupported(_ bytes: [UInt8], path: String?) -> DataError {
        if ImageFormat(sniffing: bytes) == .gif {
            return DataError(path: path, offset: 0, problem: "GIF files can be written but not read")
        }
        let head = bytes.prefix(8).map { String(format: "%02X", $0) }.joined(separator: " ")
        return DataError(path: path, offset: 0, problem: "not a PNG or JPEG file (it starts with [\(head)])")
    }
}
