import CTurboJPEG
import Foundation

/// The one file that calls libjpeg-turbo, through its TurboJPEG API.
///
/// Decoding gives gray JPEG files one channel and YCbCr/RGB files three, with
/// the library's default accurate integer IDCT and smooth upsampling (as
/// PIL's decoder). The header's size is checked before any pixel buffer is
/// allocated; progressive files with an unreasonable number of scans are
/// refused; CMYK files are not supported. A file that ends early is an error
/// (PIL too refuses truncated files); other recoverable damage that the
/// library only warns about (such as stray bytes before a marker) is decoded,
/// as PIL does.
public enum JPEGCodec {
    /// Decodes JPEG bytes; a damaged or unsupported file throws a `DataError` naming `path`.
    public static func decode(_ bytes: [UInt8], path: String? = nil) throws -> Image {
        guard bytes.count >= 3, bytes[0] == 0xFF, bytes[1] == 0xD8, bytes[2] == 0xFF else {
            throw DataError(path: path, offset: 0, problem: "not a JPEG file (no start-of-image marker)")
        }
        guard let handle = tjInitDecompress() else {
            throw DataError(path: path, problem: "TurboJPEG could not start a decompressor")
        }
        defer { tjDestroy(handle) }
        let (width, height, colorspace) = try header(bytes, handle, path: path)
        guard colorspace != TJCS_CMYK.rawValue, colorspace != TJCS_YCCK.rawValue else {
            throw DataError(path: path, problem: "CMYK JPEG files are not supported")
        }
        let channels = colorspace == TJCS_GRAY.rawValue ? 1 : 3
        let format = channels == 1 ? TJPF_GRAY : TJPF_RGB
        var pixels = [UInt8](repeating: 0, count: Int(width) * Int(height) * channels)
        let strict = tjDecompress2(handle, bytes, UInt(bytes.count), &pixels, width, 0, height, format.rawValue,
                                   TJFLAG_LIMITSCANS | TJFLAG_STOPONWARNING)
        if strict != 0 {
            let first = message(handle)
            guard tjGetErrorCode(handle) == TJERR_WARNING.rawValue, !first.contains("Premature end of JPEG file") else {
                throw DataError(path: path, problem: "libjpeg-turbo: " + first)
            }
            let lenient = tjDecompress2(handle, bytes, UInt(bytes.count), &pixels, width, 0, height, format.rawValue, TJFLAG_LIMITSCANS)
            if lenient != 0 && message(handle) != first {
                throw DataError(path: path, problem: "libjpeg-turbo: " + message(handle))
            }
            guard JPEGMarkers.hasEndOfImage(bytes) else {
                throw DataError(path: path, problem: "the file ends without an end-of-image marker (truncated)")
            }
        }
        return Image(width: Int(width), height: Int(height), channels: channels, samples: pixels.map { Float($0) / 255 })
    }

    /// The width and height in a JPEG file's header, read without decoding the image.
    public static func size(_ bytes: [UInt8], path: String? = nil) throws -> (width: Int, height: Int) {
        guard bytes.count >= 3, bytes[0] == 0xFF, bytes[1] == 0xD8, bytes[2] == 0xFF else {
            throw DataError(path: path, offset: 0, problem: "not a JPEG file (no start-of-image marker)")
        }
        guard let handle = tjInitDecompress() else {
            throw DataError(path: path, problem: "TurboJPEG could not start a decompressor")
        }
        defer { tjDestroy(handle) }
        let (width, height, _) = try header(bytes, handle, path: path)
        return (Int(width), Int(height))
    }

    /// Encodes `image` as a baseline (or progressive) JPEG of `quality` 1-100:
    /// gray for 1-2 channels, YCbCr for 3-4; alpha is dropped.
    public static func encode(
        _ image: Image, quality: Int = 90, subsampling: JPEGSubsampling = .halfSize, progressive: Bool = false
    ) throws -> [UInt8] {
        precondition((1...100).contains(quality), "JPEGCodec.encode: quality \(quality) is not in 1...100")
        guard let handle = tjInitCompress() else {
            throw DataError(path: nil, problem: "TurboJPEG could not start a compressor")
        }
        defer { tjDestroy(handle) }
        let gray = image.channels < 3
        let pixels = SampleRounding.bytes(of: image, keepingChannels: gray ? 1 : 3)
        var output: UnsafeMutablePointer<UInt8>?
        var size: UInt = 0
        defer { tjFree(output) }
        let status = tjCompress2(
            handle, pixels, Int32(image.width), 0, Int32(image.height), (gray ? TJPF_GRAY : TJPF_RGB).rawValue,
            &output, &size, gray ? Int32(TJSAMP_GRAY.rawValue) : subsampling.rawValue, Int32(quality),
            progressive ? Int32(TJFLAG_PROGRESSIVE) : 0)
        guard status == 0, let output else { throw failure(handle, path: nil) }
        return Array(UnsafeBufferPointer(start: output, count: Int(size)))
    }

    /// The header's width, height and colour space, checked against `Image.maximumPixelCount`.
    private static func header(_ bytes: [UInt8], _ handle: tjhandle, path: String?) throws -> (Int32, Int32, Int32) {
        var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colorspace: Int32 = 0
        let status = tjDecompressHeader3(handle, bytes, UInt(bytes.count), &width, &height, &subsampling, &colorspace)
        guard width > 0, height > 0, status == 0 || tjGetErrorCode(handle) == TJERR_WARNING.rawValue else {
            throw status == 0 ? DataError(path: path, problem: "no frame header with a size was found") : failure(handle, path: path)
        }
        try Image.checkSize(width: Int(width), height: Int(height), path: path, offset: nil)
        return (width, height, colorspace)
    }

    /// The library's last message (TurboJPEG 2.x keeps it in a shared buffer: read at most its 200 bytes).
    private static func message(_ handle: tjhandle) -> String {
        guard let text = tjGetErrorStr2(handle) else { return "unknown error" }
        return String(decoding: UnsafeBufferPointer(start: text, count: strnlen(text, 200)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func failure(_ handle: tjhandle, path: String?) -> DataError {
        DataError(path: path, problem: "libjpeg-turbo: " + message(handle))
    }
}
