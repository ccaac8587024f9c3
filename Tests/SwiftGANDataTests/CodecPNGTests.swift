import Foundation
import SwiftGAN
import SwiftGANData
import XCTest

/// PNG decoding of files written by PIL and by the fixture script, and round
/// trips through the encoder, for every color type, bit depth and interlacing.
final class CodecPNGTests: XCTestCase {
    func testFilesWrittenByPILAndTheFixtureScriptDecodeToTheirSamples() throws {
        let names = ImageFixtures.files.keys.filter { $0.hasSuffix(".png") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 20)
        for name in names {
            let entry = ImageFixtures.files[name]!
            let image = try PNGCodec.decode(ImageFixtureValues.bytes(entry.file), path: name)
            XCTAssertEqual([image.width, image.height, image.channels], [entry.width, entry.height, entry.channels], name)
            let expected = ImageFixtureValues.samples(of: name)
            if entry.bitDepth == 16 && entry.channels % 2 == 0 {
                assertPremultipliedRoundTrip(image.samples, expected, channels: entry.channels, name)
            } else {
                XCTAssertEqual(image.samples, expected, name)
            }
        }
    }

    func testSixteenBitSamplesSurviveExactly() throws {
        let values: [UInt16] = [0, 1, 2, 255, 256, 1000, 30000, 32768, 65534, 65535, 12345, 54321]
        for (colorType, channels) in [(0, 1), (2, 3)] {
            for interlaced in [false, true] {
                let writer = PNGStreamWriter(width: 4, height: 3 * channels, bitDepth: 16, colorType: colorType, interlaced: interlaced)
                let samples = (0..<(12 * channels * channels)).map { values[$0 % values.count] }
                let image = try PNGCodec.decode(writer.encode(samples))
                XCTAssertEqual(image.samples.map { UInt16(($0 * 65535).rounded()) }, samples, "color type \(colorType)")
            }
        }
    }

    func testColourSpaceChunksDoNotChangeSamples() throws {
        let gamma = PNGStreamWriter.chunk("gAMA", [0, 1, 0x86, 0xA0])
        let srgb = PNGStreamWriter.chunk("sRGB", [0])
        for depth in [8, 16] {
            let writer = PNGStreamWriter(width: 4, height: 1, bitDepth: depth, colorType: 0)
            let samples: [UInt16] = depth == 8 ? [0, 1, 128, 255] : [0, 1, 30000, 65535]
            var file = writer.encode(samples)
            file.insert(contentsOf: gamma + srgb, at: 33)
            let image = try PNGCodec.decode(file)
            let scale: Float = depth == 8 ? 255 : 65535
            XCTAssertEqual(image.samples, samples.map { Float($0) / scale }, "\(depth)-bit file with gAMA 1.0 and sRGB")
        }
    }

    func testEveryColorTypeBitDepthAndInterlacingDecodes() throws {
        let kinds = [(0, 1), (0, 2), (0, 4), (0, 8), (0, 16), (2, 8), (2, 16), (3, 1), (3, 2), (3, 4), (3, 8),
                     (4, 8), (4, 16), (6, 8), (6, 16)]
        var random = RandomGenerator(seed: 3)
        for (colorType, depth) in kinds {
            for interlaced in [false, true] {
                var writer = PNGStreamWriter(width: 11, height: 9, bitDepth: depth, colorType: colorType, interlaced: interlaced)
                let levels = 1 << depth
                if colorType == 3 { writer.palette = (0..<levels).map { [UInt8($0 * 255 / (levels - 1)), UInt8($0 % 7 * 36), 200] } }
                let samples = (0..<(99 * writer.channels)).map { _ in UInt16(random.next() % UInt64(levels)) }
                let label = "color type \(colorType), \(depth) bits\(interlaced ? ", interlaced" : "")"
                let image = try PNGCodec.decode(writer.encode(samples), path: label)
                let expected: [Float]
                if colorType == 3 {
                    expected = samples.flatMap { writer.palette[Int($0)].map { Float($0) / 255 } }
                } else if depth == 16 {
                    expected = samples.map { Float($0) / 65535 }
                } else {
                    expected = samples.map { Float(Int($0) * 255 / (levels - 1)) / 255 }
                }
                if depth == 16 && colorType >= 4 {
                    assertPremultipliedRoundTrip(image.samples, expected, channels: writer.channels, label)
                } else {
                    XCTAssertEqual(image.samples, expected, label)
                }
            }
        }
    }

    func testEightBitRoundTripsAreExactForEveryChannelCount() throws {
        var random = RandomGenerator(seed: 11)
        for channels in 1...4 {
            let samples = (0..<(7 * 5 * channels)).map { _ in Float(random.next() % 256) / 255 }
            let image = Image(width: 7, height: 5, channels: channels, samples: samples)
            XCTAssertEqual(try PNGCodec.decode(PNGCodec.encode(image)), image, "\(channels) channels")
        }
    }

    func testSixteenBitRoundTripsAreExactWithoutAlphaAndWhereOpaque() throws {
        var random = RandomGenerator(seed: 12)
        for channels in 1...4 {
            var samples = (0..<(6 * 4 * channels)).map { _ in Float(random.next() % 65536) / 65535 }
            if channels % 2 == 0 {
                for p in 0..<24 { samples[p * channels + channels - 1] = p < 12 ? 1 : 0.25 + Float(p) / 32 }
            }
            let image = Image(width: 6, height: 4, channels: channels, samples: samples)
            let back = try PNGCodec.decode(PNGCodec.encode(image, bitDepth: 16))
            if channels % 2 == 1 {
                XCTAssertEqual(back, image, "\(channels) channels")
            } else {
                XCTAssertEqual(Array(back.samples.prefix(12 * channels)), Array(samples.prefix(12 * channels)), "opaque pixels")
                let (largest, _) = ImageFixtureValues.differences(back.samples, samples)
                XCTAssertLessThan(largest, 0.05, "translucent 16-bit pixels stay within 0.05/255")
            }
        }
    }

    func testEncodingRoundsLikeSaveImageAndClamps() throws {
        let image = Image(width: 5, height: 1, channels: 1, samples: [-0.5, 0.5 / 255, 1.49 / 255, 0.9999, 7])
        let back = try PNGCodec.decode(PNGCodec.encode(image))
        XCTAssertEqual(back.samples.map { Int(($0 * 255).rounded()) }, [0, 1, 1, 255, 255])
    }

    /// 16-bit files with alpha: libpng returns premultiplied colour; dividing back is within 0.5 / alpha.
    private func assertPremultipliedRoundTrip(_ actual: [Float], _ expected: [Float], channels: Int, _ label: String) {
        XCTAssertEqual(actual.count, expected.count, label)
        for pixel in stride(from: 0, to: min(actual.count, expected.count), by: channels) {
            let alpha = expected[pixel + channels - 1]
            XCTAssertEqual(actual[pixel + channels - 1], alpha, "\(label): alpha")
            guard alpha > 0 else { continue }
            for c in 0..<(channels - 1) {
                let bound = alpha == 1 ? 0 : 0.5 / (alpha * 65535) + 1 / 65535 + 1e-6
                XCTAssertLessThanOrEqual(abs(actual[pixel + c] - expected[pixel + c]), bound, "\(label): sample \(pixel + c), alpha \(alpha)")
            }
        }
    }
}
