import Foundation
import SwiftGAN
import XCTest

/// Resizing against PIL's `Image.resize` (antialiased separable filters).
final class ImageResizeTests: XCTestCase {
    let source = ImageFixtureValues.image(ImageFixtures.resizeSource, width: 13, height: 11, channels: 3)
    let filters: [String: ResizeFilter] = ["box": .box, "bilinear": .bilinear, "bicubic": .bicubic, "lanczos": .lanczos]

    /// Box and bilinear weights are never negative, so nothing is clamped and
    /// the float computation must agree with PIL's "F" mode to rounding.
    func testFloatResizeMatchesPILsFloatMode() {
        let redChannel = Image(width: 13, height: 11, channels: 1,
                               samples: stride(from: 0, to: source.samples.count, by: 3).map { source.samples[$0] })
        for (key, base64) in ImageFixtures.resizedFloat where key.hasPrefix("box") || key.hasPrefix("bilinear") {
            let (filter, width, height) = parse(key)
            let expected = ImageFixtureValues.floats(base64)
            let actual = redChannel.resized(width: width, height: height, filter: filter).samples.map { $0 * 255 }
            let worst = zip(actual, expected).map { abs($0 - $1) }.max()!
            XCTAssertLessThan(worst, 2e-3, "\(key): differs from PIL's F mode by \(worst)/255")
        }
    }

    func testEightBitResizeMatchesPILWithinRounding() {
        for (key, base64) in ImageFixtures.resized {
            let (filter, width, height) = parse(key)
            let expected = ImageFixtureValues.bytes(base64).map { Float($0) / 255 }
            let actual = source.resized(width: width, height: height, filter: filter).samples.map { ($0 * 255).rounded() / 255 }
            let (largest, mean) = ImageFixtureValues.differences(actual, expected)
            XCTAssertLessThanOrEqual(largest, 2, "\(key): largest difference \(largest)/255")
            XCTAssertLessThan(mean, 0.5, "\(key): mean difference \(mean)/255")
        }
    }

    func testPhotoResizesMatchPIL() throws {
        let photos = Dictionary(uniqueKeysWithValues: BundledData.photoURLs.map { ($0.deletingPathExtension().lastPathComponent, $0.path) })
        for (key, base64) in ImageFixtures.photoResizes where !key.contains("pipeline") {
            let parts = key.split(separator: " ").map(String.init)
            let (filter, width, height) = parse(parts[1] + " " + parts[2])
            let photo = try ImageCodec.read(photos[parts[0]]!)
            let actual = photo.resized(width: width, height: height, filter: filter)
            let expected = ImageFixtureValues.bytes(base64).map { Float($0) / 255 }
            let (largest, mean) = ImageFixtureValues.differences(actual.samples.map { ($0 * 255).rounded() / 255 }, expected)
            XCTAssertLessThanOrEqual(largest, key.hasPrefix("horse") ? 3 : 2, "\(key): largest difference \(largest)/255")
            XCTAssertLessThan(mean, 0.5, "\(key): mean difference \(mean)/255")
        }
    }

    func testShorterSideFollowsTorchvision() {
        let wide = Image(width: 451, height: 300, channels: 1, samples: [Float](repeating: 0.5, count: 451 * 300))
        let a = wide.resized(shorterSide: 32)
        XCTAssertEqual([a.width, a.height], [48, 32])
        let tall = Image(width: 3, height: 10, channels: 1, samples: [Float](repeating: 0.5, count: 30))
        let b = tall.resized(shorterSide: 7)
        XCTAssertEqual([b.width, b.height], [7, 23])
        XCTAssertEqual(b.samples.max(), 0.5)
        XCTAssertEqual(tall.resized(width: 3, height: 10), tall)
    }

    func testConstantImagesStayConstantWithEveryFilter() {
        let flat = Image(width: 17, height: 9, channels: 2, samples: [Float](repeating: 0.6, count: 17 * 9 * 2))
        for filter in ResizeFilter.allCases {
            for (w, h) in [(5, 3), (40, 21), (17, 4)] {
                let out = flat.resized(width: w, height: h, filter: filter)
                XCTAssertEqual(out.samples.map { ($0 * 1e5).rounded() / 1e5 }, [Float](repeating: 0.6, count: w * h * 2), "\(filter) \(w)x\(h)")
            }
        }
    }

    private func parse(_ key: String) -> (ResizeFilter, Int, Int) {
        let parts = key.split(separator: " ")
        let size = parts[1].split(separator: "x").map { Int($0)! }
        return (filters[String(parts[0])]!, size[0], size[1])
    }
}
