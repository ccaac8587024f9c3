import Foundation
import SwiftGAN

/// Decoding of the base64 arrays in `ImageFixtures`.
enum ImageFixtureValues {
    static func bytes(_ base64: String) -> [UInt8] {
        [UInt8](Data(base64Encoded: base64)!)
    }

    /// Little-endian UInt16 samples.
    static func words(_ base64: String) -> [UInt16] {
        let raw = bytes(base64)
        return stride(from: 0, to: raw.count, by: 2).map { UInt16(raw[$0]) | UInt16(raw[$0 + 1]) << 8 }
    }

    /// Little-endian Float32 values.
    static func floats(_ base64: String) -> [Float] {
        let raw = bytes(base64)
        return stride(from: 0, to: raw.count, by: 4).map { i in
            Float(bitPattern: UInt32(raw[i]) | UInt32(raw[i + 1]) << 8 | UInt32(raw[i + 2]) << 16 | UInt32(raw[i + 3]) << 24)
        }
    }

    /// A fixture file's samples as [0, 1] values (8-bit / 255, 16-bit / 65535).
    static func samples(of name: String) -> [Float] {
        let entry = ImageFixtures.files[name]!
        if entry.bitDepth == 16 { return words(entry.samples).map { Float($0) / 65535 } }
        return bytes(entry.samples).map { Float($0) / 255 }
    }

    /// An 8-bit fixture array as an image of `channels` channels.
    static func image(_ base64: String, width: Int, height: Int, channels: Int) -> Image {
        Image(width: width, height: height, channels: channels, samples: bytes(base64).map { Float($0) / 255 })
    }

    /// The largest and the mean absolute difference, in 255ths.
    static func differences(_ a: [Float], _ b: [Float]) -> (max: Float, mean: Float) {
        precondition(a.count == b.count, "differences: \(a.count) vs \(b.count) values")
        let d = zip(a, b).map { abs($0 - $1) * 255 }
        return (d.max() ?? 0, d.reduce(0, +) / Float(max(d.count, 1)))
    }
}
