import SwiftGAN
import XCTest

final class SyntheticStackedMNISTTests: XCTestCase {
    /// 40 fake digits: image `k` is the constant `k / 40`, its label `k % 10`.
    private let digits: (images: NDArray, labels: [Int]) = {
        let values = (0..<40).flatMap { k in [Float](repeating: Float(k) / 40, count: 28 * 28) }
        return (NDArray(values, shape: [40, 1, 28, 28]), (0..<40).map { $0 % 10 })
    }()

    func testChannelsAreTheSourceDigitsAndTheLabelEncodesThem() throws {
        let data = StackedMNIST(images: digits.images, labels: digits.labels, count: 500, seed: 31)
        XCTAssertEqual(data.classCount, 1000)
        for i in 0..<data.count {
            let example = data.example(at: i)
            let sources = data.sourceIndices(at: i)
            XCTAssertEqual(example.image.shape, [3, 28, 28])
            let pixels = example.image.elements
            for channel in 0..<3 {
                let plane = pixels[channel * 784..<(channel + 1) * 784]
                XCTAssertTrue(plane.allSatisfy { $0 == Float(sources[channel]) / 40 }, "example \(i) channel \(channel)")
            }
            let label = try XCTUnwrap(example.label)
            XCTAssertEqual(label, data.label(at: i))
            XCTAssertEqual(StackedMNIST.channelLabels(of: label), sources.map { digits.labels[$0] })
        }
    }

    func testEnoughSamplesCoverAllThousandModes() {
        let data = StackedMNIST(images: digits.images, labels: digits.labels, count: 20_000, seed: 32)
        var counts = [Int](repeating: 0, count: 1000)
        for i in 0..<data.count { counts[data.label(at: i)] += 1 }
        XCTAssertEqual(counts.filter { $0 > 0 }.count, 1000)
        XCTAssertLessThan(counts.max()!, 50)
    }

    func testChannelsAreDrawnIndependently() {
        let data = StackedMNIST(images: digits.images, labels: digits.labels, count: 5000, seed: 33)
        var sameAsRed = [0, 0]
        for i in 0..<data.count {
            let s = data.sourceIndices(at: i)
            if s[1] == s[0] { sameAsRed[0] += 1 }
            if s[2] == s[0] { sameAsRed[1] += 1 }
        }
        for n in sameAsRed { XCTAssertEqual(Double(n) / 5000, 1.0 / 40, accuracy: 0.01) }
    }

    func testSeedsReproduce() throws {
        let a = StackedMNIST(images: digits.images, labels: digits.labels, count: 100, seed: 34)
        let b = StackedMNIST(images: digits.images, labels: digits.labels, count: 100, seed: 34)
        let c = StackedMNIST(images: digits.images, labels: digits.labels, count: 100, seed: 35)
        XCTAssertEqual((0..<100).map(a.sourceIndices), (0..<100).map(b.sourceIndices))
        XCTAssertNotEqual((0..<100).map(a.sourceIndices), (0..<100).map(c.sourceIndices))
        XCTAssertEqual(a.example(at: 42).image.elements, b.example(at: 42).image.elements)
    }

    func testChannelLabelsDecode() {
        XCTAssertEqual(StackedMNIST.channelLabels(of: 0), [0, 0, 0])
        XCTAssertEqual(StackedMNIST.channelLabels(of: 407), [4, 0, 7])
        XCTAssertEqual(StackedMNIST.channelLabels(of: 999), [9, 9, 9])
    }
}
