import Foundation
import SwiftGAN
import XCTest

/// Crops (centre rounding as torchvision, seeded random) and array conversion.
final class ImageCropTests: XCTestCase {
    let image = Image(width: 5, height: 4, channels: 1, samples: (0..<20).map { Float($0) / 19 })

    func testCroppedTakesTheRegion() {
        let crop = image.cropped(x: 1, y: 2, width: 3, height: 2)
        XCTAssertEqual(crop.samples, [11, 12, 13, 16, 17, 18].map { Float($0) / 19 })
    }

    func testCenterCropRoundsHalfToEvenLikeTorchvision() {
        XCTAssertEqual(image.centerCropped(width: 4, height: 3).samples.first, 0)
        XCTAssertEqual(image.centerCropped(width: 2, height: 1).samples, [12, 13].map { Float($0) / 19 })
        XCTAssertEqual(image.centerCropped(width: 3, height: 2).samples.first, Float(6) / 19)
    }

    func testRandomCropIsSeededAndInside() {
        var positions = Set<Float>()
        for seed in 0..<200 {
            var a = RandomGenerator(seed: UInt64(seed)), b = RandomGenerator(seed: UInt64(seed))
            let first = image.randomCropped(width: 2, height: 2, using: &a)
            XCTAssertEqual(first, image.randomCropped(width: 2, height: 2, using: &b))
            positions.insert(first.samples[0])
        }
        XCTAssertEqual(positions.count, 12, "every one of the 4 x 3 positions is drawn")
    }

    func testArraysAreChannelsFirstAndMapTheRange() {
        let rgb = Image(width: 2, height: 1, channels: 3, samples: [0, 0.5, 1, 1, 0.5, 0])
        XCTAssertEqual(rgb.array.shape, [3, 1, 2])
        XCTAssertEqual(rgb.array.elements, [0, 1, 0.5, 0.5, 1, 0])
        XCTAssertEqual(rgb.array(range: -1...1).elements, [-1, 1, 0, 0, 1, -1])
    }
}
