import SwiftGAN
import XCTest

final class SyntheticEdgeTests: XCTestCase {
    /// A 32x32 image `[1, 32, 32]` with the square rows and columns 8..<24 at 1.
    private let square: NDArray = {
        NDArray((0..<1024).map { i in (8..<24).contains(i / 32) && (8..<24).contains(i % 32) ? 1 : 0 }, shape: [1, 32, 32])
    }()

    /// Distance in pixels from `(r, c)` to the square's outline (its boundary
    /// lies between pixels 7 and 8 and between 23 and 24).
    private func distanceToBorder(_ r: Int, _ c: Int) -> Double {
        let (y, x) = (Double(r) + 0.5, Double(c) + 0.5)
        let inside = (8...24).contains(y) && (8...24).contains(x)
        let dx = max(8 - x, 0, x - 24), dy = max(8 - y, 0, y - 24)
        if inside { return min(y - 8, 24 - y, x - 8, 24 - x) }
        return (dx * dx + dy * dy).squareRoot()
    }

    func testSobelRespondsOnlyOnTheSquareBorder() {
        let edges = EdgeDetector.sobel(square)
        XCTAssertEqual(edges.shape, [1, 32, 32])
        let e = edges.elements
        for r in 0..<32 {
            for c in 0..<32 {
                let d = distanceToBorder(r, c)
                if d > 1 { XCTAssertEqual(e[r * 32 + c], 0, "(\(r), \(c))") }
                XCTAssertTrue(e[r * 32 + c] >= 0 && e[r * 32 + c] <= 1)
            }
        }
        for (r, c) in [(16, 7), (16, 8), (8, 16), (23, 16), (24, 16), (16, 24)] {
            XCTAssertEqual(e[r * 32 + c], 1, accuracy: 1e-6, "(\(r), \(c))")
        }
        XCTAssertEqual(e[16 * 32 + 16], 0)
    }

    func testSobelOfAUnitStepIsOne() {
        let step = NDArray((0..<100).map { Float($0 % 10 >= 5 ? 1 : 0) }, shape: [10, 10])
        let e = EdgeDetector.sobel(step).elements
        XCTAssertEqual(e[44], 1, accuracy: 1e-6)
        XCTAssertEqual(e[45], 1, accuracy: 1e-6)
        XCTAssertEqual(e[42], 0)
    }

    func testCannyTracesTheSquareOutlineOnePixelWide() {
        let edges = EdgeDetector.canny(square)
        XCTAssertEqual(edges.shape, [1, 32, 32])
        let e = edges.elements
        XCTAssertTrue(e.allSatisfy { $0 == 0 || $0 == 1 })
        var onEachSide = [0, 0, 0, 0]
        for r in 0..<32 {
            for c in 0..<32 where e[r * 32 + c] == 1 {
                XCTAssertLessThanOrEqual(distanceToBorder(r, c), 1.5, "(\(r), \(c))")
                if (10..<22).contains(c) && r < 16 { onEachSide[0] += 1 }
                if (10..<22).contains(c) && r >= 16 { onEachSide[1] += 1 }
                if (10..<22).contains(r) && c < 16 { onEachSide[2] += 1 }
                if (10..<22).contains(r) && c >= 16 { onEachSide[3] += 1 }
            }
        }
        XCTAssertEqual(onEachSide, [12, 12, 12, 12], "one pixel per row or column along each side")
    }

    func testCannyOfAConstantImageIsEmpty() {
        let flat = NDArray(repeating: 0.4, shape: [1, 16, 16])
        XCTAssertTrue(EdgeDetector.canny(flat).elements.allSatisfy { $0 == 0 })
        XCTAssertTrue(EdgeDetector.sobel(flat).elements.allSatisfy { $0 == 0 })
    }

    func testEdgesToDigitsPairsEdgeMapsWithTheirDigits() throws {
        let digits = NDArray.concatenate([square.reshaped([1, 1, 32, 32]), NDArray(zeros: [1, 1, 32, 32])], axis: 0)
        let sobel = TranslationPairs.edgesToDigits(images: digits, labels: [3, 5])
        XCTAssertEqual(sobel.count, 2)
        let first = sobel.example(at: 0)
        XCTAssertEqual(first.label, 3)
        XCTAssertEqual(first.image.elements, EdgeDetector.sobel(square).elements)
        XCTAssertEqual(first.target?.elements, square.elements)
        XCTAssertEqual(first.target?.shape, [1, 32, 32])
        let canny = TranslationPairs.edgesToDigits(images: digits, method: .canny())
        XCTAssertEqual(canny.example(at: 0).image.elements, EdgeDetector.canny(square).elements)
        XCTAssertNil(canny.example(at: 1).label)
        XCTAssertTrue(canny.example(at: 1).image.elements.allSatisfy { $0 == 0 })
    }
}
