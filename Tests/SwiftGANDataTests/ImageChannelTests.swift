import Foundation
import SwiftGAN
import XCTest

/// Channel conversion: replication, PIL's luma, alpha dropped or composited.
final class ImageChannelTests: XCTestCase {
    func testRGBToGrayMatchesPILConvertL() throws {
        let url = try XCTUnwrap(BundledData.photoURLs.first { $0.lastPathComponent == "chelsea.png" })
        let gray = try ImageCodec.read(url.path).converted(toChannels: 1)
        let patch = gray.cropped(x: 100, y: 100, width: 16, height: 16)
        let expected = ImageFixtureValues.bytes(ImageFixtures.chelseaGrayPatch).map(Int.init)
        let levels = patch.samples.map { Int(($0 * 255 + 0.5).rounded(.down)) }
        XCTAssertEqual(levels, expected)
        let mean = gray.samples.reduce(0.0) { $0 + Double(($1 * 255 + 0.5).rounded(.down)) } / Double(gray.samples.count)
        XCTAssertEqual(mean, ImageFixtures.chelseaGrayMean, accuracy: 1e-9)
    }

    func testGrayIsReplicatedAndAlphaAddedOpaque() {
        let gray = Image(width: 2, height: 1, channels: 1, samples: [0.25, 0.75])
        XCTAssertEqual(gray.converted(toChannels: 3).samples, [0.25, 0.25, 0.25, 0.75, 0.75, 0.75])
        XCTAssertEqual(gray.converted(toChannels: 4).samples, [0.25, 0.25, 0.25, 1, 0.75, 0.75, 0.75, 1])
        XCTAssertEqual(gray.converted(toChannels: 2).samples, [0.25, 1, 0.75, 1])
        XCTAssertEqual(gray.converted(toChannels: 1), gray)
    }

    func testAlphaIsDroppedOrComposited() {
        let rgba = Image(width: 2, height: 1, channels: 4, samples: [1, 0, 0, 0.5, 0, 0, 1, 0])
        XCTAssertEqual(rgba.converted(toChannels: 3).samples, [1, 0, 0, 0, 0, 1])
        XCTAssertEqual(rgba.converted(toChannels: 3, alpha: .composite(background: 1)).samples, [1, 0.5, 0.5, 1, 1, 1])
        XCTAssertEqual(rgba.converted(toChannels: 3, alpha: .composite(background: 0)).samples, [0.5, 0, 0, 0, 0, 0])
        let la = Image(width: 1, height: 1, channels: 2, samples: [0.8, 0.25])
        XCTAssertEqual(la.converted(toChannels: 1).samples, [0.8])
        XCTAssertEqual(la.converted(toChannels: 4).samples, [0.8, 0.8, 0.8, 0.25])
        XCTAssertEqual(rgba.converted(toChannels: 2).samples[1], 0.5)
    }

    func testLumaWeightsArePILs() {
        let rgb = Image(width: 3, height: 1, channels: 3, samples: [1, 0, 0, 0, 1, 0, 0, 0, 1])
        let levels = rgb.converted(toChannels: 1).samples.map { Int(($0 * 255 + 0.5).rounded(.down)) }
        XCTAssertEqual(levels, [76, 150, 29])
    }
}
