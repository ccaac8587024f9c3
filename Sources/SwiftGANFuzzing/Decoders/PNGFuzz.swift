import SwiftGANData
import Foundation
import SwiftGANKernels

/// Mutation fuzzing of `PNGCodec.decode`, from small valid files made in
/// memory: gray at 1, 2, 4, 8 and 16 bits, gray+alpha, RGB and RGBA at 8 and
/// 16 bits, palettes at 1, 2, 4 and 8 bits with and without tRNS, interlaced
/// and not, and a file from libpng's own writer. Each mutant is decoded as it
/// is, then with its chunk CRCs recomputed so that the mutation reaches libpng
/// past the CRC checks; the second decode's outcome is the one counted.
package enum PNGFuzz {
    /// A campaign of `cases` mutants of the samples, seeded by `seed`.
    package static func campaign(seed: UInt64, cases: Int) -> DecoderFuzzCampaign {
        DecoderFuzzCampaign(format: "png", samples: samples(), seed: seed, cases: cases) { bytes in
            _ = try? PNGCodec.decode(bytes)
            _ = try PNGCodec.decode(repairingCRCs(bytes))
        }
    }

    /// The valid files the mutants start from.
    package static func samples() -> [[UInt8]] {
        var random = SplitMix64(seed: 0x5EED)
        var files: [[UInt8]] = []
        let kinds = [(0, 1), (0, 2), (0, 4), (0, 8), (0, 16), (4, 8), (4, 16), (2, 8), (2, 16), (6, 8), (6, 16),
                     (3, 1), (3, 2), (3, 4), (3, 8)]
        for (index, (colorType, depth)) in kinds.enumerated() {
            for interlaced in [false, true] {
                let (width, height) = interlaced ? (9, 7) : (5 + index % 4, 3 + index % 3)
                var writer = PNGStreamWriter(width: width, height: height, bitDepth: depth, colorType: colorType, interlaced: interlaced)
                let levels = UInt64(1) << UInt64(depth)
                if colorType == 3 {
                    writer.palette = (0..<Int(levels)).map { _ in (0..<3).map { _ in UInt8(truncatingIfNeeded: random.next()) } }
                    if interlaced { writer.transparency = (0..<Int(levels) / 2 + 1).map { UInt8($0 * 37 & 0xFF) } }
                } else if colorType == 0 || colorType == 2, interlaced {
                    writer.transparency = [UInt8](repeating: 0, count: colorType == 0 ? 2 : 6)
                }
                let samples = (0..<(width * height * writer.channels)).map { _ in UInt16(random.next() % levels) }
                files.append(writer.encode(samples))
            }
        }
        let gradient = (0..<(6 * 4 * 4)).map { Float($0 % 17) / 16 }
        if let libpng = try? PNGCodec.encode(Image(width: 6, height: 4, channels: 4, samples: gradient)) { files.append(libpng) }
        return files
    }

    /// `bytes` with the CRC of every complete chunk recomputed.
    package static func repairingCRCs(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        var offset = 8
        while offset + 12 <= out.count {
            let length = PNGPreflight.bigEndian32(out, offset)
            guard length <= out.count - offset - 12 else { break }
            let end = offset + 12 + length
            let crc = Zlib.crc32(Data(out[(offset + 4)..<(end - 4)]))
            for k in 0..<4 { out[end - 4 + k] = UInt8(truncatingIfNeeded: crc >> UInt32(24 - 8 * k)) }
            offset = end
        }
        return out
    }
}
