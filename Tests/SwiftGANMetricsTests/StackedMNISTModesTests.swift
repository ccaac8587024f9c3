import SwiftGAN
import XCTest

final class StackedMNISTModesTests: XCTestCase {
    /// 2,000 real Stacked MNIST samples cover about 1000 (1 - e^-2) = 865 of
    /// the 1,000 modes; one digit copied to all channels covers only the few
    /// "same digit" modes the classifier's errors spread it to.
    func testRealSamplesCoverTheModesAndCollapsedOnesDoNot() throws {
        let mnist = try BundledData.mnistTest()
        let stacked = StackedMNIST(images: try mnist.images(), labels: mnist.labels, count: 2_000, seed: 3)
        let images = NDArray.concatenate((0..<stacked.count).map { stacked.example(at: $0).image.reshaped([1, 3, 28, 28]) }, axis: 0)
            .map(.affine(scale: 2, shift: -1))
        let classifier = try MNISTClassifier.pretrained()
        let real = try StackedMNISTModes(samples: images, classifier: classifier)
        XCTAssertEqual(real.histogram.reduce(0, +), 2_000)
        XCTAssertEqual(Double(real.modesCovered), 865, accuracy: 35)
        XCTAssertLessThan(real.klDivergence, 0.6)
        let first = images.slice(axis: 1, start: 0, end: 1)
        let collapsed = try StackedMNISTModes(samples: NDArray.concatenate([first, first, first], axis: 1), classifier: classifier)
        XCTAssertLessThanOrEqual(collapsed.modesCovered, 30)
        XCTAssertGreaterThan(collapsed.klDivergence, log(1_000.0 / 30))
        XCTAssertThrowsError(try StackedMNISTModes(samples: NDArray(zeros: [2, 1, 28, 28]), classifier: classifier))
    }
}
