import SwiftGANData
import SwiftGANKernels
/// Mutation fuzzing of `JPEGCodec.decode`, from small valid files encoded in
/// memory with libjpeg-turbo: gray, and colour with 4:4:4, 4:2:2 and 4:2:0
/// chroma, baseline and progressive, at sizes that do and do not fill whole
/// MCUs, at low and high quality.
package enum JPEGFuzz {
    /// A campaign of `cases` mutants of the samples, seeded by `seed`.
    package static func campaign(seed: UInt64, cases: Int) -> DecoderFuzzCampaign {
        DecoderFuzzCampaign(format: "jpeg", samples: samples(), seed: seed, cases: cases) { bytes in
            _ = try JPEGCodec.decode(bytes)
        }
    }

    /// The valid files the mutants start from.
    package static func samples() -> [[UInt8]] {
        var random = SplitMix64(seed: 0x1BE6)
        var files: [[UInt8]] = []
        let shapes = [(8, 8, 1), (17, 9, 1), (16, 16, 3), (13, 7, 3), (24, 10, 3), (9, 17, 3)]
        for (index, (width, height, channels)) in shapes.enumerated() {
            let samples = (0..<(width * height * channels)).map { i -> Float in
                let pixel = i / channels, x = pixel % width, y = pixel / width
                let smooth = Float(x + 2 * y + 5 * (i % channels)) / Float(width + 2 * height + 10)
                return min(1, smooth + Float(random.next() % 32) / 255)
            }
            let image = Image(width: width, height: height, channels: channels, samples: samples)
            for subsampling in JPEGSubsampling.allCases where channels == 3 || subsampling == .none {
                let progressive = (index + Int(subsampling.rawValue)) % 2 == 1
                if let file = try? JPEGCodec.encode(
                    image, quality: index % 2 == 0 ? 90 : 30, subsampling: subsampling, progressive: progressive) {
                    files.append(file)
                }
            }
        }
        return files
    }
}
