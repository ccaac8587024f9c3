import Foundation
import SwiftGAN
import SwiftGANData
import SwiftGANFuzzing
import XCTest

/// Damaged and hostile files are rejected with a `DataError` naming the file
/// and, where the Swift checks find the problem, the byte offset.
final class CodecBadInputTests: XCTestCase {
    let png = PNGStreamWriter(width: 6, height: 4, bitDepth: 8, colorType: 2).encode((0..<72).map { UInt16($0 * 3) })

    func testNotAnImage() {
        assertRejected([], path: "empty.png", offset: 0, mentioning: "not a PNG or JPEG")
        assertRejected(Array("hello, world".utf8), path: "text.png", offset: 0, mentioning: "[68 65 6C 6C")
        assertRejected(Array("GIF89a....".utf8), path: "a.gif", offset: 0, mentioning: "GIF")
        XCTAssertThrowsError(try PNGCodec.decode([1, 2, 3], path: "x")) { XCTAssertEqual(($0 as? DataError)?.offset, 0) }
        XCTAssertThrowsError(try JPEGCodec.decode([0xFF, 0xD8], path: "x")) { XCTAssertEqual(($0 as? DataError)?.offset, 0) }
    }

    func testTruncatedPNGNamesTheChunk() {
        assertRejected(Array(png.prefix(50)), path: "cut.png", offset: 33, mentioning: "chunk 'IDAT' claims")
        assertRejected(Array(png.prefix(png.count - 12)), path: "cut.png", offset: png.count - 12, mentioning: "ends before the IEND")
        assertRejected(Array(png.prefix(10)), path: "cut.png", offset: 8, mentioning: "truncated")
    }

    func testCorruptCRCAndFirstChunk() {
        var bad = png
        bad[45] ^= 0xFF
        assertRejected(bad, path: "crc.png", offset: 33, mentioning: "CRC mismatch in critical chunk 'IDAT'")
        var noHeader = png
        noHeader.replaceSubrange(12..<16, with: Array("IHDX".utf8))
        assertRejected(noHeader, path: "h.png", offset: 8, mentioning: "not a 13-byte IHDR")
    }

    func testAbsurdSizesAreRefusedBeforeAllocating() {
        for (width, height) in [(1 << 16, 1 << 16), (0x7FFF_FFFF, 1), (0, 5), (9000, 9000)] {
            let writer = PNGStreamWriter(width: 1, height: 1, bitDepth: 8, colorType: 0)
            var file = writer.encode([0])
            file.replaceSubrange(16..<24, with: bigEndian(width) + bigEndian(height))
            file = PNGFuzz.repairingCRCs(file)
            assertRejected(file, path: "big.png", offset: 16, mentioning: width * height == 0 ? "no pixels" : "more than")
        }
        var file = png
        file.replaceSubrange(16..<24, with: bigEndian(4000) + bigEndian(4000))
        assertRejected(PNGFuzz.repairingCRCs(file), path: "bomb.png", offset: 8, mentioning: "cannot hold a 4000x4000 image")
    }

    func testInvalidHeaderFieldsAreReportedByLibpng() {
        for (at, value) in [(24, UInt8(3)), (25, UInt8(5)), (26, UInt8(1)), (28, UInt8(2))] {
            var file = png
            file[at] = value
            XCTAssertThrowsError(try PNGCodec.decode(PNGFuzz.repairingCRCs(file), path: "hdr.png"), "byte \(at) = \(value)") {
                XCTAssertEqual(($0 as? DataError)?.path, "hdr.png")
                XCTAssertTrue("\($0)".contains("libpng"), "\($0)")
            }
        }
    }

    func testCorruptImageData() {
        var file = png
        for i in 45..<55 { file[i] = 0x55 }
        XCTAssertThrowsError(try PNGCodec.decode(PNGFuzz.repairingCRCs(file), path: "zlib.png")) {
            XCTAssertEqual(($0 as? DataError)?.path, "zlib.png")
        }
    }

    func testTruncatedAndDamagedJPEG() throws {
        let image = Image(width: 40, height: 24, channels: 3, samples: (0..<2880).map { Float($0 % 97) / 96 })
        let jpeg = try JPEGCodec.encode(image)
        assertRejected(Array(jpeg.prefix(jpeg.count / 2)), path: "half.jpg", offset: nil, mentioning: "Premature end")
        assertRejected(Array(jpeg.prefix(30)), path: "head.jpg", offset: nil, mentioning: "no frame header")
        var huge = jpeg
        let sof = try XCTUnwrap((0..<(huge.count - 1)).first { huge[$0] == 0xFF && huge[$0 + 1] == 0xC0 })
        huge.replaceSubrange((sof + 5)..<(sof + 9), with: [0x30, 0x00, 0x30, 0x00])
        assertRejected(huge, path: "huge.jpg", offset: nil, mentioning: "more than")
        huge.replaceSubrange((sof + 5)..<(sof + 9), with: [0xFF, 0xFF, 0xFF, 0xFF])
        assertRejected(huge, path: "huge.jpg", offset: nil, mentioning: "65500")
    }

    func testMissingFilesNameThePath() {
        XCTAssertThrowsError(try ImageCodec.read("/nonexistent/photo.png")) {
            XCTAssertEqual(($0 as? DataError)?.path, "/nonexistent/photo.png")
            XCTAssertTrue("\($0)".contains("cannot be read"), "\($0)")
        }
    }

    private func assertRejected(_ bytes: [UInt8], path: String, offset: Int?, mentioning text: String, line: UInt = #line) {
        XCTAssertThrowsError(try ImageCodec.decode(bytes, path: path), line: line) { error in
            guard let error = error as? DataError else { return XCTFail("\(error) is not a DataError", line: line) }
            XCTAssertEqual(error.path, path, line: line)
            XCTAssertEqual(error.offset, offset, "\(error)", line: line)
            XCTAssertTrue(error.description.contains(text), "\(error) does not mention \(text)", line: line)
        }
    }

    private func bigEndian(_ value: Int) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
