import SwiftGAN
import XCTest

final class SyntheticMorphologyTests: XCTestCase {
    /// A 20x20 "digit" `[1, 20, 20]`: a 3-pixel-wide vertical stroke and a
    /// 3-pixel-wide horizontal stroke, at 1 on a 0 background.
    private let digit: NDArray = {
        NDArray((0..<400).map { i in
            let (r, c) = (i / 20, i % 20)
            return ((3..<17).contains(r) && (8..<11).contains(c)) || ((12..<15).contains(r) && (4..<16).contains(c)) ? 1 : 0
        }, shape: [1, 20, 20])
    }()

    private func strokePixels(_ image: NDArray) -> Int { image.elements.filter { $0 > 0.5 }.count }

    func testErosionThinsAndDilationThickensStrokes() {
        let (thin, thick) = (Morphology.erode(digit), Morphology.dilate(digit))
        XCTAssertEqual(thin.shape, digit.shape)
        XCTAssertEqual(thick.shape, digit.shape)
        XCTAssertLessThan(strokePixels(thin), strokePixels(digit))
        XCTAssertGreaterThan(strokePixels(thick), strokePixels(digit))
        XCTAssertLessThanOrEqual(strokePixels(Morphology.erode(digit, radius: 2)), strokePixels(thin))
        XCTAssertGreaterThan(strokePixels(Morphology.dilate(digit, radius: 2)), strokePixels(thick))
        for (t, (x, d)) in zip(thin.elements, zip(digit.elements, thick.elements)) {
            XCTAssertTrue(t <= x && x <= d)
        }
    }

    func testRadiusOneIsTheCross() {
        var dot = [Float](repeating: 0, count: 49)
        dot[24] = 1
        let grown = Morphology.dilate(NDArray(dot, shape: [7, 7])).elements
        XCTAssertEqual(grown.indices.filter { grown[$0] == 1 }, [17, 23, 24, 25, 31])
        XCTAssertEqual(Morphology.erode(NDArray(grown, shape: [7, 7])).elements, dot)
        XCTAssertEqual(Morphology.dilate(digit, radius: 0).elements, digit.elements)
    }

    func testGrayLevelsTakeTheNeighbourhoodExtremes() {
        let ramp = NDArray((0..<5).map { Float($0) / 4 }, shape: [1, 5])
        XCTAssertEqual(Morphology.erode(ramp).elements, [0, 0, 0.25, 0.5, 0.75])
        XCTAssertEqual(Morphology.dilate(ramp).elements, [0.25, 0.5, 0.75, 1, 1])
    }

    func testPairedThinToThick() throws {
        let images = NDArray.concatenate([digit, digit.map(.negate).map(.exp)].map { $0.reshaped([1, 1, 20, 20]) }, axis: 0)
        let pairs = TranslationPairs.thinToThick(images: images, labels: [4, 7])
        XCTAssertEqual(pairs.count, 2)
        let first = pairs.example(at: 0)
        XCTAssertEqual(first.image.elements, Morphology.erode(digit).elements)
        XCTAssertEqual(first.target?.elements, Morphology.dilate(digit).elements)
        XCTAssertEqual(first.label, 4)
        XCTAssertLessThan(strokePixels(first.image), strokePixels(try XCTUnwrap(first.target)))
    }

    func testUnpairedDomainsSplitTheDigitsDisjointly() throws {
        let n = 11
        let values = (0..<n).flatMap { k in digit.elements.map { $0 * Float(k + 1) / Float(n) } }
        let images = NDArray(values, shape: [n, 1, 20, 20])
        let (thin, thick) = TranslationDomain.thinAndThick(images: images, labels: Array(0..<n), seed: 41)
        XCTAssertEqual(thin.count, 5)
        XCTAssertEqual(thick.count, 6)
        XCTAssertEqual(Set(thin.sourceIndices).union(thick.sourceIndices), Set(0..<n))
        XCTAssertTrue(Set(thin.sourceIndices).isDisjoint(with: thick.sourceIndices))
        let example = thick.example(at: 2)
        let j = thick.sourceIndices[2]
        XCTAssertEqual(example.label, j)
        XCTAssertNil(example.target)
        let source = images.slice(axis: 0, start: j, end: j + 1).reshaped([1, 20, 20])
        XCTAssertEqual(example.image.elements, Morphology.dilate(source).elements)
        XCTAssertEqual(thin.sourceIndices, TranslationDomain.thinAndThick(images: images, seed: 41).thin.sourceIndices)
        XCTAssertNotEqual(thin.sourceIndices, TranslationDomain.thinAndThick(images: images, seed: 42).thin.sourceIndices)
    }
}
