import SwiftGANData
import SwiftGANKernels
import XCTest

/// MNIST-M-style digits, unpaired and paired views of two domains, and subsets.
final class SyntheticDigitDomainTests: XCTestCase {
    private let digits = ArrayDataset(
        images: NDArray((0..<(3 * 16)).map { Float($0 % 16) / 15 }, shape: [3, 1, 4, 4]), labels: [7, 8, 9])

    /// Each channel is |crop - digit| exactly: with one flat photo of color
    /// (0.2, 0.5, 1), the stroke's value v gives |0.2 - v|, |0.5 - v|, |1 - v|.
    func testDigitsOnPhotosAreTheAbsoluteDifferenceWithTheCrop() throws {
        let photo = NDArray([Float](repeating: 0.2, count: 36) + [Float](repeating: 0.5, count: 36) + [Float](repeating: 1, count: 36), shape: [3, 6, 6])
        let blended = DigitsOnPhotos(digits, photos: [photo], seed: 1)
        let example = try blended.example(at: 1)
        XCTAssertEqual(example.image.shape, [3, 4, 4])
        XCTAssertEqual(example.label, 8)
        let gray = try digits.example(at: 1).image.elements
        for (channel, color) in [Float(0.2), 0.5, 1].enumerated() {
            XCTAssertEqual(Array(example.image.elements[(channel * 16)..<((channel + 1) * 16)]), gray.map { abs(color - $0) })
        }
    }

    /// Crops come from the photos at seeded places: the same example twice is the same image, and examples differ in where they were cut.
    func testCropsAreSeededPerExample() throws {
        var random = RandomGenerator(seed: 3)
        let photos = [random.uniform([3, 20, 20], low: 0, high: 1), random.uniform([3, 9, 30], low: 0, high: 1)]
        let blank = ArrayDataset(images: NDArray(zeros: [8, 1, 4, 4]), labels: nil)
        let a = DigitsOnPhotos(blank, photos: photos, seed: 5), b = DigitsOnPhotos(blank, photos: photos, seed: 5)
        let crops = try (0..<8).map { try a.example(at: $0).image.elements }
        XCTAssertEqual(crops, try (0..<8).map { try b.example(at: $0).image.elements })
        XCTAssertGreaterThan(Set(crops).count, 6, "blank digits show the photo crops, which differ")
    }

    func testUnpairedAndPairedViewsAndSubsets() throws {
        let other = ArrayDataset(images: NDArray((0..<(5 * 16)).map { Float($0) }, shape: [5, 1, 4, 4]), labels: nil)
        let unpaired = UnpairedView(digits, other, seed: 2)
        XCTAssertEqual(unpaired.count, 3)
        for i in 0..<3 {
            let example = try unpaired.example(at: i)
            XCTAssertEqual(example.label, [7, 8, 9][i])
            XCTAssertEqual(example.target?.elements, try other.example(at: unpaired.partnerIndex(of: i)).image.elements)
        }
        let subset = SubsetDataset(other, indices: [4, 1])
        XCTAssertEqual(try subset.example(at: 0).image.elements, try other.example(at: 4).image.elements)
        let paired = PairedDomains(digits, SubsetDataset(other, range: 1..<4))
        XCTAssertEqual(try paired.example(at: 2).target?.elements, try other.example(at: 3).image.elements)
        XCTAssertEqual(try paired.example(at: 2).label, 9)
    }
}
