import SwiftGAN
import XCTest

final class ImageQualityTests: XCTestCase {
    func testMatchesScikitImage() throws {
        let fixture = try MetricFixtures.load().image_quality
        let psnr = try ImageQuality.psnr(fixture.a.array, fixture.b.array, dataRange: fixture.data_range)
        let ssim = try ImageQuality.ssim(fixture.a.array, fixture.b.array, dataRange: fixture.data_range)
        for i in 0..<2 {
            XCTAssertEqual(psnr[i], fixture.psnr[i], accuracy: 1e-4)
            XCTAssertEqual(ssim[i], fixture.ssim[i], accuracy: 1e-6)
        }
    }

    func testIdenticalImagesAreInfinitelySharpAndFullySimilar() throws {
        var random = RandomGenerator(seed: 1)
        let images = random.uniform([1, 1, 16, 16])
        XCTAssertEqual(try ImageQuality.psnr(images, images), [.infinity])
        XCTAssertEqual(try ImageQuality.ssim(images, images)[0], 1, accuracy: 1e-12)
    }

    func testMismatchedOrTinyImagesAreRefused() {
        XCTAssertThrowsError(try ImageQuality.psnr(NDArray(zeros: [1, 1, 4, 4]), NDArray(zeros: [1, 1, 4, 5])))
        XCTAssertThrowsError(try ImageQuality.ssim(NDArray(zeros: [1, 1, 8, 8]), NDArray(zeros: [1, 1, 8, 8]))) {
            XCTAssertEqual("\($0)", "image quality: images of 8x8 are smaller than the 11x11 window")
        }
    }
}
