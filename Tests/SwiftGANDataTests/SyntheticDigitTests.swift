import SwiftGAN
import XCTest

final class SyntheticDigitTests: XCTestCase {
    private let digits = ArrayDataset(
        images: NDArray((0..<(3 * 28 * 28)).map { Float($0 % 29) / 28 }, shape: [3, 1, 28, 28]), labels: [4, 1, 7])

    func testPaddingCentersTheDigitOnZeros() throws {
        let padded = PaddedDataset(digits, size: 32)
        XCTAssertEqual(padded.classCount, 8)
        for i in 0..<3 {
            let example = try padded.example(at: i)
            XCTAssertEqual(example.image.shape, [1, 32, 32])
            XCTAssertEqual(example.label, [4, 1, 7][i])
            let inner = example.image.slice(axis: 1, start: 2, end: 30).slice(axis: 2, start: 2, end: 30)
            XCTAssertEqual(inner.elements, try digits.example(at: i).image.elements)
            XCTAssertEqual(example.image.elements.reduce(0, +), inner.elements.reduce(0, +), "the border is zeros")
        }
        XCTAssertEqual(PaddedDataset.pad(NDArray([Float](repeating: 1, count: 24), shape: [2, 3, 4]), size: 6).elements.reduce(0, +), 24)
        XCTAssertEqual(PaddedDataset.pad(NDArray([1], shape: [1, 1, 1]), size: 2).elements, [1, 0, 0, 0], "odd margins go to the bottom and right")
    }

    func testColorsBlendBetweenSeededForegroundAndBackground() throws {
        let colored = ColoredDigits(PaddedDataset(digits, size: 32), seed: 12)
        for i in 0..<3 {
            let gray = try PaddedDataset(digits, size: 32).example(at: i).image.elements
            let image = try colored.example(at: i).image
            XCTAssertEqual(image.shape, [3, 32, 32])
            let (foreground, background) = colored.colors(at: i)
            for channel in 0..<3 {
                for (p, a) in gray.enumerated() {
                    let expected = background[channel] + (foreground[channel] - background[channel]) * a
                    XCTAssertEqual(image.elements[channel * 1024 + p], expected, accuracy: 1e-6)
                }
            }
            // Value 0.8 or more against 0.4 or less: the foreground's largest channel stands 0.4 above the background's.
            XCTAssertGreaterThanOrEqual((foreground - background).max(), 0.4 - 1e-6, "example \(i)")
        }
        XCTAssertNotEqual(colored.colors(at: 0).foreground, ColoredDigits(digits, seed: 13).colors(at: 0).foreground)
    }

    func testGrayDigitsReadPaintedDigitsBackWhateverTheirColors() throws {
        let padded = PaddedDataset(digits, size: 32)
        let colored = ColoredDigits(padded, seed: 5)
        let images = NDArray.concatenate(try (0..<3).map { try colored.example(at: $0).image.reshaped([1, 3, 32, 32]) }, axis: 0).map(.affine(scale: 2, shift: -1))
        let gray = ColoredDigits.grayDigits(images)
        XCTAssertEqual(gray.shape, [3, 1, 32, 32])
        for i in 0..<3 {
            let original = try padded.example(at: i).image.elements
            let largest = original.max()!
            for (p, a) in original.enumerated() {
                XCTAssertEqual(gray.elements[i * 1024 + p], 2 * a / largest - 1, accuracy: 1e-4, "example \(i) pixel \(p)")
            }
        }
        let flat = ColoredDigits.grayDigits(NDArray(repeating: 0.3, shape: [1, 3, 4, 4]))
        XCTAssertEqual(flat.elements, [Float](repeating: -1, count: 16), "an image of one color is all background")
    }
}
