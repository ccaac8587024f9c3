import CPNG

/// The one file that calls libpng, through its simplified API only
/// (`png_image_*`), which keeps libpng's `longjmp` error handling inside C.
///
/// Decoding gives every PNG type: 1/2/4/8/16-bit gray, gray+alpha, RGB, RGBA,
/// palette (with or without tRNS) and interlaced files, as 1-4 channels with
/// values in [0, 1]. 8-bit files come back exactly (value / 255), and 16-bit
/// files keep their 16 bits (value / 65535): `PNGPreflight` removes the
/// colour-space chunks first, so libpng converts no gamma. 16-bit files with
/// an alpha channel are the exception: libpng returns their colour
/// premultiplied by alpha, and dividing it back out is exact where alpha is
/// 65535 and within 0.5 / alpha otherwise (colour under alpha 0 reads 0).
public enum PNGCodec {
    /// Decodes PNG bytes; a damaged or unsupported file throws a `DataError`
    /// naming `path` and, where known, the byte offset.
    public static func decode(_ bytes: [UInt8], path: String? = nil) throws -> Image {
        let preflight = try PNGPreflight(bytes, path: path)
        return try preflight.stream.withUnsafeBytes { memory -> Image in
            var png = png_image()
            png.version = png_uint_32(PNG_IMAGE_VERSION)
            defer { png_image_free(&png) }
            guard png_image_begin_read_from_memory(&png, memory.baseAddress, memory.count) != 0 else {
                throw failure(png, path: path)
            }
            let width = Int(png.width), height = Int(png.height)
            try Image.checkSize(width: width, height: height, path: path, offset: 16)
            png.format &= PNG_FORMAT_FLAG_ALPHA | PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_LINEAR
            let alpha = png.format & PNG_FORMAT_FLAG_ALPHA != 0
            let channels = (png.format & PNG_FORMAT_FLAG_COLOR != 0 ? 3 : 1) + (alpha ? 1 : 0)
            let count = width * height * channels
            if png.format & PNG_FORMAT_FLAG_LINEAR == 0 {
                var buffer = [UInt8](repeating: 0, count: count)
                guard png_image_finish_read(&png, nil, &buffer, 0, nil) != 0 else { throw failure(png, path: path) }
                return Image(width: width, height: height, channels: channels, samples: buffer.map { Float($0) / 255 })
            }
            var buffer = [UInt16](repeating: 0, count: count)
            guard png_image_finish_read(&png, nil, &buffer, 0, nil) != 0 else { throw failure(png, path: path) }
            let samples = alpha ? PNGSamples.unpremultiplied(buffer, channels: channels) : buffer.map { Float($0) / 65535 }
            return Image(width: width, height: height, channels: channels, samples: samples)
        }
    }

    /// Encodes `image` as an 8-bit (or 16-bit) gray, gray+alpha, RGB or RGBA
    /// PNG; values are clamped to [0, 1] and rounded like
    /// `torchvision.utils.save_image` (`floor(x * 255 + 0.5)`). 16-bit samples
    /// are exact without alpha; with alpha, libpng stores colour
    /// premultiplied, so only opaque pixels keep all 16 bits.
    public static func encode(_ image: Image, bitDepth: Int = 8) throws -> [UInt8] {
        precondition(bitDepth == 8 || bitDepth == 16, "PNGCodec.encode: bit depth \(bitDepth) is not 8 or 16")
        var png = png_image()
        png.version = png_uint_32(PNG_IMAGE_VERSION)
        png.width = png_uint_32(image.width)
        png.height = png_uint_32(image.height)
        let alpha = image.channels % 2 == 0
        png.format = (image.channels >= 3 ? PNG_FORMAT_FLAG_COLOR : 0) | (alpha ? PNG_FORMAT_FLAG_ALPHA : 0)
        if bitDepth == 16 {
            png.format |= PNG_FORMAT_FLAG_LINEAR
            let levels = image.samples.map { SampleRounding.quantize($0, maximum: 65535) }
            let samples = PNGSamples.premultiplied(levels, channels: image.channels)
            return try write(&png, samples)
        }
        return try write(&png, image.samples.map { UInt8(SampleRounding.quantize($0, maximum: 255)) })
    }

    private static func write<Sample: FixedWidthInteger>(_ png: inout png_image, _ samples: [Sample]) throws -> [UInt8] {
        defer { png_image_free(&png) }
        return try samples.withUnsafeBytes { buffer in
            var size: png_alloc_size_t = 0
            guard png_image_write_to_memory(&png, nil, &size, 0, buffer.baseAddress, 0, nil) != 0 else {
                throw failure(png, path: nil)
            }
            var output = [UInt8](repeating: 0, count: Int(size))
            guard png_image_write_to_memory(&png, &output, &size, 0, buffer.baseAddress, 0, nil) != 0 else {
                throw failure(png, path: nil)
            }
            return Array(output.prefix(Int(size)))
        }
    }

    private static func failure(_ png: png_image, path: String?) -> DataError {
        let message = withUnsafeBytes(of: png.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return DataError(path: path, problem: "libpng: " + (message.isEmpty ? "the PNG file could not be read" : message))
    }
}
