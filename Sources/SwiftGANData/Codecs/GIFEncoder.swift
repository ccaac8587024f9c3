/// Animated GIF writing, in Swift: GIF89a with a NETSCAPE2.0 loop, one
/// graphic control block per frame for its delay, and LZW-compressed
/// palette indices. For latent walks and training progress.
public enum GIFEncoder {
    /// Encodes `frames` (all the same size, at most 65535 x 65535) shown
    /// `delayCentiseconds` each; `loopCount` 0 loops forever. Gray frames
    /// (1-2 channels, all of them) get an exact 256-level gray palette; colour
    /// frames are quantized with `palette`. Alpha is ignored.
    public static func encode(
        _ frames: [Image], delayCentiseconds: Int = 10, palette: GIFPalette = .medianCut, loopCount: Int = 0
    ) -> [UInt8] {
        precondition(!frames.isEmpty, "GIFEncoder: no frames")
        let width = frames[0].width, height = frames[0].height
        precondition(frames.allSatisfy { $0.width == width && $0.height == height },
                     "GIFEncoder: frames differ in size: \(frames.map { "\($0.width)x\($0.height)" })")
        precondition(width <= 0xFFFF && height <= 0xFFFF, "GIFEncoder: \(width)x\(height) is larger than GIF allows")
        precondition((0...0xFFFF).contains(delayCentiseconds) && (0...0xFFFF).contains(loopCount),
                     "GIFEncoder: delay \(delayCentiseconds) or loop count \(loopCount) is not in 0...65535")
        let gray = frames.allSatisfy { $0.channels <= 2 }
        let global: [[UInt8]]? = gray ? (0...255).map { [UInt8($0), UInt8($0), UInt8($0)] }
            : palette == .fixed676 ? fixedPalette : nil
        var out = Array("GIF89a".utf8)
        appendShort(width, to: &out)
        appendShort(height, to: &out)
        out += global.map { [0xF0 | tableSizeBits($0.count), 0, 0] } ?? [0x70, 0, 0]
        if let global { appendTable(global, to: &out) }
        out += [0x21, 0xFF, 0x0B] + Array("NETSCAPE2.0".utf8) + [0x03, 0x01]
        appendShort(loopCount, to: &out)
        out.append(0)
        for frame in frames {
            let (local, indices) = quantize(frame, gray: gray, palette: palette)
            out += [0x21, 0xF9, 0x04, 0x04]
            appendShort(delayCentiseconds, to: &out)
            out += [0, 0, 0x2C, 0, 0, 0, 0]
            appendShort(width, to: &out)
            appendShort(height, to: &out)
            out.append(local.map { 0x80 | tableSizeBits($0.count) } ?? 0)
            if let local { appendTable(local, to: &out) }
            let codeSize = max(2, Int(tableSizeBits(local?.count ?? global!.count)) + 1)
            out.append(UInt8(codeSize))
            let data = LZWEncoder.encode(indices, minimumCodeSize: codeSize)
            for start in stride(from: 0, to: data.count, by: 255) {
                let block = data[start..<min(start + 255, data.count)]
                out.append(UInt8(block.count))
                out += block
            }
            out.append(0)
        }
        out.append(0x3B)
        return out
    }

    /// The 6 x 7 x 6 palette: index `42 r + 6 g + b`.
    static let fixedPalette: [[UInt8]] = (0..<252).map { (i: Int) -> [UInt8] in
        let red = (i / 42 * 255 + 2) / 5, green = (i / 6 % 7 * 255 + 3) / 6, blue = (i % 6 * 255 + 2) / 5
        return [UInt8(red), UInt8(green), UInt8(blue)]
    }

    /// A local palette (nil for the global one) and the index of each pixel.
    private static func quantize(_ frame: Image, gray: Bool, palette: GIFPalette) -> ([[UInt8]]?, [UInt8]) {
        let n = frame.width * frame.height, c = frame.channels
        let level = { (i: Int) in Int(SampleRounding.quantize(frame.samples[i], maximum: 255)) }
        if gray { return (nil, (0..<n).map { UInt8(level($0 * c)) }) }
        let packed = (0..<n).map { p in
            c < 3 ? level(p * c) * 0x10101 : level(p * c) << 16 | level(p * c + 1) << 8 | level(p * c + 2)
        }
        if palette == .fixed676 {
            let nearest = { (value: Int, levels: Int) in (value * levels + 127) / 255 }
            return (nil, packed.map { UInt8(nearest($0 >> 16, 5) * 42 + nearest($0 >> 8 & 0xFF, 6) * 6 + nearest($0 & 0xFF, 5)) })
        }
        let quantizer = MedianCutQuantizer(pixels: packed.map { UInt32($0) })
        return (quantizer.palette, quantizer.indices)
    }

    /// `n` where a table of `count` entries is stored as `2^(n+1)` entries.
    private static func tableSizeBits(_ count: Int) -> UInt8 {
        var bits: UInt8 = 0
        while 2 << bits < count { bits += 1 }
        return bits
    }

    private static func appendTable(_ table: [[UInt8]], to out: inout [UInt8]) {
        for entry in table { out += entry }
        out += [UInt8](repeating: 0, count: ((2 << tableSizeBits(table.count)) - table.count) * 3)
    }

    private static func appendShort(_ value: Int, to out: inout [UInt8]) {
        out += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)]
    }
}
