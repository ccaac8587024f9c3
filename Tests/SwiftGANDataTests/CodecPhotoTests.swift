import Foundation
import SwiftGAN
import XCTest

/// Every bundled photo decodes to the size, channels and samples PIL reads.
final class CodecPhotoTests: XCTestCase {
    func testEveryBundledPhotoMatchesPIL() throws {
        let urls = BundledData.photoURLs
        XCTAssertEqual(urls.count, ImageFixtures.photos.count)
        for url in urls {
            let expected = try XCTUnwrap(ImageFixtures.photos[url.lastPathComponent], url.lastPathComponent)
            let image = try ImageCodec.read(url.path)
            let name = url.lastPathComponent
            XCTAssertEqual([image.width, image.height, image.channels], [expected.width, expected.height, expected.channels], name)
            let jpeg = name.hasSuffix(".jpg")
            for (x, y, values) in expected.points {
                let actual = (0..<image.channels).map { Int((image.samples[(y * image.width + x) * image.channels + $0] * 255).rounded()) }
                for (a, e) in zip(actual, values) {
                    XCTAssertLessThanOrEqual(abs(a - e), jpeg ? 2 : 0, "\(name) at (\(x), \(y)): \(actual) vs PIL \(values)")
                }
            }
            for c in 0..<image.channels {
                let mean = stride(from: c, to: image.samples.count, by: image.channels)
                    .reduce(0.0) { $0 + Double((image.samples[$1] * 255).rounded()) } / Double(image.width * image.height)
                XCTAssertEqual(mean, expected.means[c], accuracy: jpeg ? 0.5 : 1e-6, "\(name) channel \(c) mean")
            }
        }
    }

    func testRocketJPEGPatchesMatchPILWithinTwoLevelsOnAverage() throws {
        let url = try XCTUnwrap(BundledData.photoURLs.first { $0.lastPathComponent == "rocket.jpg" })
        let image = try ImageCodec.read(url.path)
        for (key, base64) in ImageFixtures.rocketPatches {
            let corner = key.split(separator: " ").dropFirst().compactMap { Int($0) }
            let patch = image.cropped(x: corner[0], y: corner[1], width: 16, height: 16)
            let expected = ImageFixtureValues.bytes(base64).map { Float($0) / 255 }
            let (largest, mean) = ImageFixtureValues.differences(patch.samples, expected)
            XCTAssertLessThanOrEqual(mean, 2, "\(key): mean difference \(mean)/255")
            XCTAssertLessThanOrEqual(largest, 8, "\(key): largest difference \(largest)/255")
        }
    }

    func testDecodingGoesByContentNotName() throws {
        let folder = try TemporaryImageFolder()
        defer { folder.remove() }
        let png = try PNGCodec.encode(Image(width: 2, height: 1, channels: 1, samples: [0, 1]))
        try folder.writeBytes("really-a-png.jpg", png)
        let image = try ImageCodec.read(folder.path + "/really-a-png.jpg")
        XCTAssertEqual(image.samples, [0, 1])
        XCTAssertEqual(ImageFormat(sniffing: png), .png)
        XCTAssertEqual(ImageFormat(sniffing: [0xFF, 0xD8, 0xFF, 0xE0]), .jpeg)
        XCTAssertEqual(ImageFormat(sniffing: Array("GIF89a".utf8)), .gif)
        XCTAssertNil(ImageFormat(sniffing: [0x42, 0x4D]))
    }
}
