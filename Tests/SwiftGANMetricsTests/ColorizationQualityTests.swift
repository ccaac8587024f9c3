import Foundation
import SwiftGAN
import XCTest

/// Lab conversion and the colorization measures against `scripts/make_colorization_fixtures.py`.
final class ColorizationQualityTests: XCTestCase {
    private struct Fixture: Decodable {
        let shape: [Int]
        let images: [Float]
        let references: [Float]
        let lab: [Double]
        let psnr: [Double]
        let ab_accuracy_auc: [Double]
        let colorfulness: [Double]
    }

    private func fixture() throws -> (Fixture, NDArray, NDArray) {
        let f = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: MetricFixtures.url("colorization", "json")))
        return (f, NDArray(f.images, shape: f.shape), NDArray(f.references, shape: f.shape))
    }

    func testLabMatchesTheReferenceAndRoundTrips() throws {
        let (f, _, references) = try fixture()
        let lab = ColorConversion.lab(fromRGB: references)
        // Computed in double and stored as float: L up to 100 and a, b up to about 100 keep 6e-8 relative, below 1e-5.
        for (value, expected) in zip(lab.elements, f.lab) { XCTAssertEqual(Double(value), expected, accuracy: 1e-4) }
        let back = ColorConversion.rgb(fromLab: lab)
        // Lab rounded to float moves L by up to 6e-6, which moves RGB by about as much (their slopes are of order 1 to 10 per 100).
        for (value, expected) in zip(back.elements, references.elements) { XCTAssertEqual(value, expected, accuracy: 1e-4) }
        let corners = ColorConversion.lab(fromRGB: NDArray([1, 0, 1, 0, 1, 0], shape: [3, 1, 2])).elements
        // White is L 100 with no color, black L 0: the matrix rows sum to the white point to 2e-5, so a and b are 0 within 0.01.
        XCTAssertEqual(corners[0], 100, accuracy: 1e-3)
        XCTAssertEqual(corners[1], 0, accuracy: 1e-3)
        for index in [2, 3, 4, 5] { XCTAssertEqual(corners[index], 0, accuracy: 0.01) }
    }

    func testLightnessGrayKeepsLightnessAndHasNoColor() throws {
        let (_, _, references) = try fixture()
        let gray = ColorConversion.lightnessGray(references)
        XCTAssertEqual(gray.shape, [2, 1, 10, 12])
        let lab = ColorConversion.lab(fromRGB: references), grayLab = ColorConversion.lab(fromRGB: NDArray.concatenate([gray, gray, gray], axis: 1))
        let plane = 120
        for n in 0..<2 {
            for p in 0..<plane {
                XCTAssertEqual(grayLab.elements[n * 3 * plane + p], lab.elements[n * 3 * plane + p], accuracy: 1e-3)
                // A neutral gray's a and b come only from the white point's rounding (2e-5 of the row sums): under 0.01.
                XCTAssertEqual(grayLab.elements[(n * 3 + 1) * plane + p], 0, accuracy: 0.01)
                XCTAssertEqual(grayLab.elements[(n * 3 + 2) * plane + p], 0, accuracy: 0.01)
            }
        }
        let lightness = ColorConversion.lightness(ofGray: gray)
        for (value, expected) in zip(lightness.elements, (0..<2).flatMap { n in lab.elements[n * 3 * plane..<(n * 3 + 1) * plane] }) {
            XCTAssertEqual(value, expected, accuracy: 1e-3)
        }
    }

    func testPSNRAccuracyAreaAndColorfulnessMatchTheReference() throws {
        let (f, images, references) = try fixture()
        let psnr = try ColorizationQuality.psnr(images, references)
        let auc = try ColorizationQuality.abAccuracyAUC(images, references)
        let colorfulness = try ColorizationQuality.colorfulness(images)
        for i in 0..<2 {
            XCTAssertEqual(psnr[i], f.psnr[i], accuracy: 1e-4)
            // A pixel whose ab distance lies within float rounding of an integer may count at the next threshold:
            // one such pixel moves the area by 1 / (120 * 151).
            XCTAssertEqual(auc[i], f.ab_accuracy_auc[i], accuracy: 2.0 / (120 * 151))
            XCTAssertEqual(colorfulness[i], f.colorfulness[i], accuracy: 1e-6 * f.colorfulness[i])
        }
        XCTAssertEqual(try ColorizationQuality.abAccuracyAUC(references, references), [1, 1])
        let gray = ColorConversion.lightnessGray(references)
        XCTAssertEqual(try ColorizationQuality.colorfulness(NDArray.concatenate([gray, gray, gray], axis: 1)), [0, 0])
        XCTAssertThrowsError(try ColorizationQuality.psnr(images, gray))
    }
}
