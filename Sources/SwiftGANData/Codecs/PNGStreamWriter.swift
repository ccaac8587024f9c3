import Foundation

/// Writes PNG files of any color type, bit depth and interlacing from raw
/// samples, in Swift (zlib for IDAT), cycling through the five row filters:
/// the valid samples that the tests and the decoder fuzzer start from, where
/// libpng's simplified writer cannot make them (1/2/4-bit, interlaced).
package struct PNGStreamWriter {
    package var width: Int
    package var height: Int
    /// 1, 2, 4, 8 or 16.
    package var bitDepth: Int
    /// 0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA.
    package var colorType: Int
    /// Adam7 interlacing.
    package var interlaced = false
    /// PLTE entries `[r, g, b]` (palette images).
    package var palette: [[UInt8]] = []
    /// The tRNS chunk's data, when given.
    package var transparency: [UInt8]?

    package init(width: Int, height: Int, bitDepth: Int, colorType: Int, interlaced: Bool = false) {
        (self.width, self.height, self.bitDepth, self.colorType, self.interlaced) = (width, height, bitDepth, colorType, interlaced)
    }

    /// Samples per pixel for the color type.
    package var channels: Int { [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][colorType]! }

    /// The PNG file of `samples` (`height * width * channels`, each below `1 << bitDepth`).
    package func encode(_ samples: [UInt16]) -> [UInt8] {
        precondition(samples.count == width * height * channels,
                     "PNGStreamWriter: \(samples.count) samples for \(width)x\(height)x\(channels)")
        var ihdr = Self.bigEndian(width) + Self.bigEndian(height)
        ihdr += [UInt8(bitDepth), UInt8(colorType), 0, 0, interlaced ? 1 : 0]
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        out += Self.chunk("IHDR", ihdr)
        if !palette.isEmpty { out += Self.chunk("PLTE", palette.flatMap { $0 }) }
        if let transparency { out += Self.chunk("tRNS", transparency) }
        let passes = interlaced
            ? [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
            : [(0, 0, 1, 1)]
        var raw: [UInt8] = []
        for (x0, y0, dx, dy) in passes {
            let xs = Array(stride(from: x0, to: width, by: dx)), ys = Array(stride(from: y0, to: height, by: dy))
            guard !xs.isEmpty else { continue }
            var previous: [UInt8]?
            for y in ys {
                let row = packed(xs.flatMap { x in (0..<channels).map { samples[(y * width + x) * channels + $0] } })
                let filter = (y + x0) % 5
                raw.append(UInt8(filter))
                raw += Self.filtered(row, previous: previous ?? [UInt8](repeating: 0, count: row.count), type: filter,
                                     bytesPerPixel: max(1, channels * bitDepth / 8))
                previous = row
            }
        }
        out += Self.chunk("IDAT", [UInt8](Zlib.deflate(Data(raw), framing: .zlib)))
        return out + Self.chunk("IEND", [])
    }

    private func packed(_ values: [UInt16]) -> [UInt8] {
        if bitDepth == 16 { return values.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }
        if bitDepth == 8 { return values.map { UInt8($0) } }
        var bytes = [UInt8](repeating: 0, count: (values.count * bitDepth + 7) / 8)
        for (i, value) in values.enumerated() {
            let bit = i * bitDepth
            bytes[bit / 8] |= UInt8(value) << (8 - bitDepth - bit % 8)
        }
        return bytes
    }

    private static func filtered(_ row: [UInt8], previous: [UInt8], type: Int, bytesPerPixel bpp: Int) -> [UInt8] {
        row.indices.map { i in
            let a = i >= bpp ? Int(row[i - bpp]) : 0, b = Int(previous[i]), c = i >= bpp ? Int(previous[i - bpp]) : 0
            let p = a + b - c
            let paeth = abs(p - a) <= abs(p - b) && abs(p - a) <= abs(p - c) ? a : abs(p - b) <= abs(p - c) ? b : c
            let predictor = [0, a, b, (a + b) / 2, paeth][type]
            return UInt8(truncatingIfNeeded: Int(row[i]) - predictor)
        }
    }

    /// A chunk: length, type, data, CRC.
    package static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(data.count) + body + bigEndian(Int(Zlib.crc32(Data(body))))
    }

    private static func bigEndian(_ value: Int) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
