import Foundation
import SwiftGAN
import XCTest

/// PSNR and SSIM on luma with a border crop against `scripts/make_restoration_fixtures.py`.
final class RestorationQualityTests: XCTestCase {
    private struct Fixture: Decodable {
        struct Case: Decodable {
            let channels: Int
            let crop_border: Int
            let shape: [Int]
            let images: [Float]
            let references: [Float]
            let psnr_y: [Double]
            let ssim_y: [Double]
        }
        let cases: [Case]
    }

    private func fixture() throws -> Fixture {
        try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: MetricFixtures.url("restoration", "json")))
    }

    func testLumaPSNRAndSSIMMatchTheReference() throws {
        for c in try fixture().cases {
            let images = NDArray(c.images, shape: c.shape), references = NDArray(c.references, shape: c.shape)
            let psnr = try RestorationQuality.psnrY(images, references, cropBorder: c.crop_border)
            let ssim = try RestorationQuality.ssimY(images, references, cropBorder: c.crop_border)
            for i in 0..<2 {
                // Luma is computed in float32 (values up to 235, relative error 6e-8), so the figures agree to about 1e-5.
                XCTAssertEqual(psnr[i], c.psnr_y[i], accuracy: 1e-4, "channels \(c.channels) crop \(c.crop_border)")
                XCTAssertEqual(ssim[i], c.ssim_y[i], accuracy: 1e-5, "channels \(c.channels) crop \(c.crop_border)")
            }
        }
    }

    func testLumaUsesStudioRangeAndRoundsToEightBits() throws {
        let white = NDArray([Float](repeating: 1, count: 3 * 4), shape: [1, 3, 2, 2])
        for value in try RestorationQuality.luma(white).elements { XCTAssertEqual(value, 235, accuracy: 1e-3) }
        let nearlyBlack = NDArray([Float](repeating: 0.001, count: 3 * 4), shape: [1, 3, 2, 2])
        XCTAssertEqual(try RestorationQuality.luma(nearlyBlack).elements, [Float](repeating: 16, count: 4))
    }

    func testBorderCropIgnoresErrorsAtTheEdge() throws {
        let reference = NDArray((0..<64).map { Float($0) / 64 }, shape: [1, 1, 8, 8])
        var values = reference.elements
        for i in 0..<8 { values[i] = 1 - values[i] }
        let damaged = NDArray(values, shape: [1, 1, 8, 8])
        XCTAssertEqual(try RestorationQuality.psnrY(damaged, reference, cropBorder: 1)[0], .infinity)
        XCTAssertLessThan(try RestorationQuality.psnrY(damaged, reference, cropBorder: 0)[0], 20)
        XCTAssertThrowsError(try RestorationQuality.psnrY(damaged, reference, cropBorder: 4))
        XCTAssertThrowsError(try RestorationQuality.luma(NDArray([Float](repeating: 0, count: 32), shape: [1, 2, 4, 4])))
    }
}
