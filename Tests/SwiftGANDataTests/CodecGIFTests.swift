import Foundation
import SwiftGAN
import XCTest

/// Animated GIFs written in Swift parse and decode back to their frames.
final class CodecGIFTests: XCTestCase {
    func testGrayFramesDecodeExactly() throws {
        let frames = (0..<3).map { k in
            Image(width: 20, height: 13, channels: 1, samples: (0..<260).map { Float(($0 * 7 + k * 50) % 256) / 255 })
        }
        let bytes = GIFEncoder.encode(frames, delayCentiseconds: 7)
        XCTAssertEqual(Array(bytes.prefix(6)), Array("GIF89a".utf8))
        XCTAssertEqual(bytes.last, 0x3B)
        let gif = try XCTUnwrap(GIFTestDecoder(bytes))
        XCTAssertEqual([gif.width, gif.height], [20, 13])
        XCTAssertEqual(gif.loopCount, 0)
        XCTAssertEqual(gif.frames.count, 3)
        for (frame, image) in zip(gif.frames, frames) {
            XCTAssertEqual(frame.delay, 7)
            XCTAssertEqual(frame.rgb.enumerated().filter { $0.offset % 3 == 0 }.map { Float($0.element) / 255 }, image.samples)
        }
    }

    func testMedianCutKeepsFramesOfAtMost256ColoursExactly() throws {
        var random = RandomGenerator(seed: 5)
        let colours = (0..<256).map { _ in (0..<3).map { _ in Float(random.next() % 256) / 255 } }
        let frame = Image(width: 64, height: 40, channels: 3, samples: (0..<2560).flatMap { _ in colours[Int(random.next() % 256)] })
        let gif = try XCTUnwrap(GIFTestDecoder(GIFEncoder.encode([frame, frame], palette: .medianCut)))
        XCTAssertEqual(gif.frames.count, 2)
        XCTAssertEqual(gif.frames[1].rgb.map { Float($0) / 255 }, frame.samples)
    }

    func testManyColoursAreApproximated() throws {
        var samples: [Float] = []
        for y in 0..<96 {
            for x in 0..<96 { samples += [Float(x) / 95, Float(y) / 95, Float((x + y) % 96) / 95, 0.3] }
        }
        let frame = Image(width: 96, height: 96, channels: 4, samples: samples)
        let rgb = stride(from: 0, to: frame.samples.count, by: 4).flatMap { frame.samples[$0..<($0 + 3)] }
        for palette in [GIFPalette.medianCut, .fixed676] {
            let gif = try XCTUnwrap(GIFTestDecoder(GIFEncoder.encode([frame], palette: palette)), "\(palette)")
            let (largest, mean) = ImageFixtureValues.differences(gif.frames[0].rgb.map { Float($0) / 255 }, rgb)
            XCTAssertLessThan(mean, palette == .medianCut ? 6 : 14, "\(palette): mean error \(mean)/255")
            XCTAssertLessThan(largest, palette == .medianCut ? 40 : 30, "\(palette): largest error \(largest)/255")
        }
    }

    func testLongFramesResetTheCodeTable() throws {
        var random = RandomGenerator(seed: 9)
        let frame = Image(width: 300, height: 200, channels: 1, samples: (0..<60000).map { _ in Float(random.next() % 256) / 255 })
        let gif = try XCTUnwrap(GIFTestDecoder(GIFEncoder.encode([frame], loopCount: 3)))
        XCTAssertEqual(gif.loopCount, 3)
        XCTAssertEqual(gif.frames[0].indices.map { Float($0) / 255 }, frame.samples)
    }

    func testSmallPalettesUseShortCodes() throws {
        let frame = Image(width: 5, height: 2, channels: 3, samples: (0..<10).flatMap { [$0 % 2 == 0 ? 1 : 0, 0, 0] as [Float] })
        let bytes = GIFEncoder.encode([frame])
        let gif = try XCTUnwrap(GIFTestDecoder(bytes))
        XCTAssertEqual(gif.frames[0].rgb.map { Float($0) / 255 }, frame.samples)
        XCTAssertEqual(gif.frames[0].palette.count, 2)
    }
}
