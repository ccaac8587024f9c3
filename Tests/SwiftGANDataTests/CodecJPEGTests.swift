import Foundation
import SwiftGAN
import XCTest

/// JPEG decoding against PIL's decoding of the same files, and encoding.
final class CodecJPEGTests: XCTestCase {
    func testFilesWrittenByPILDecodeAsPILDecodesThem() throws {
        for name in ["pil_420.jpg", "pil_444.jpg", "pil_gray.jpg", "pil_progressive.jpg"] {
            let entry = ImageFixtures.files[name]!
            let image = try JPEGCodec.decode(ImageFixtureValues.bytes(entry.file), path: name)
            XCTAssertEqual([image.width, image.height, image.channels], [entry.width, entry.height, entry.channels], name)
            let (largest, mean) = ImageFixtureValues.differences(image.samples, ImageFixtureValues.samples(of: name))
            XCTAssertLessThanOrEqual(mean, 2, "\(name): mean difference \(mean)/255")
            XCTAssertLessThanOrEqual(largest, 8, "\(name): largest difference \(largest)/255")
        }
    }

    func testGrayFilesHaveOneChannel() throws {
        let image = try JPEGCodec.decode(ImageFixtureValues.bytes(ImageFixtures.files["pil_gray.jpg"]!.file))
        XCTAssertEqual(image.channels, 1)
        let gray = Image(width: 9, height: 5, channels: 2, samples: (0..<90).map { Float($0 % 9) / 8 })
        XCTAssertEqual(try JPEGCodec.decode(JPEGCodec.encode(gray)).channels, 1)
    }

    func testEncodeDecodeRoundTripsClosely() throws {
        let samples = (0..<(32 * 24 * 3)).map { i -> Float in
            let pixel = i / 3, x = pixel % 32, y = pixel / 32
            return Float(x * 6 + y * 3 + (i % 3) * 40) / 400
        }
        let image = Image(width: 32, height: 24, channels: 3, samples: samples)
        for subsampling in JPEGSubsampling.allCases {
            for progressive in [false, true] {
                let back = try JPEGCodec.decode(JPEGCodec.encode(image, quality: 95, subsampling: subsampling, progressive: progressive))
                XCTAssertEqual([back.width, back.height, back.channels], [32, 24, 3])
                let (_, mean) = ImageFixtureValues.differences(back.samples, image.samples)
                XCTAssertLessThan(mean, 2, "\(subsampling), progressive \(progressive)")
            }
        }
    }

    func testRecoverableDamageIsDecodedAsPILDoesButTruncationIsNot() throws {
        let image = Image(width: 24, height: 16, channels: 3, samples: (0..<1152).map { Float($0 % 50) / 49 })
        let jpeg = try JPEGCodec.encode(image)
        var junk = jpeg
        junk.insert(contentsOf: [0x12, 0x34, 0x56], at: jpeg.count - 2)
        XCTAssertEqual(try JPEGCodec.decode(junk), try JPEGCodec.decode(jpeg), "stray bytes before the end marker")
        let scan = try XCTUnwrap((1..<jpeg.count).first { jpeg[$0 - 1] == 0xFF && jpeg[$0] == 0xDA }) - 1
        var early = jpeg
        early.insert(contentsOf: [0x12, 0x34], at: scan)
        XCTAssertNoThrow(try JPEGCodec.decode(early))
        XCTAssertThrowsError(try JPEGCodec.decode(Array(early.prefix(early.count - 40)), path: "cut.jpg")) {
            XCTAssertEqual(($0 as? DataError)?.path, "cut.jpg")
            XCTAssertTrue("\($0)".contains("truncated"), "\($0)")
        }
        XCTAssertEqual(try JPEGCodec.size(early).width, 24)
        XCTAssertEqual(try ImageCodec.size(early).height, 16)
    }

    func testCMYKFilesAreRefusedByName() throws {
        XCTAssertThrowsError(try JPEGCodec.decode(ImageFixtureValues.bytes(ImageFixtures.files["pil_cmyk.jpg"]!.file), path: "cmyk.jpg")) {
            XCTAssertEqual(($0 as? DataError)?.path, "cmyk.jpg")
            XCTAssertTrue("\($0)".contains("CMYK"), "\($0)")
        }
    }
}
