import Foundation
import SwiftGAN
import XCTest

final class MNISTClassifierTests: XCTestCase {
    func testCommittedWeightsReachTheHeldOutTarget() throws {
        let model = try MNISTClassifier.pretrained()
        let mnist = try BundledData.mnistTest()
        let held = MNISTClassifierRecipe().heldOutIndices(count: mnist.count)
        let images = try mnist.images().indexSelect(axis: 0, held).map(.affine(scale: 2, shift: -1))
        let predictions = model.predict(images)
        let accuracy = Double(zip(predictions, held.map { mnist.labels[$0] }).filter { $0 == $1 }.count) / Double(held.count)
        XCTAssertGreaterThanOrEqual(accuracy, 0.985, "held-out accuracy \(accuracy)")
        XCTAssertEqual(model.features(Tensor(images.slice(axis: 0, start: 0, end: 3))).shape, [3, 128])
    }

    func testHeldOutSplitIsSeeded() {
        let a = MNISTClassifierRecipe().heldOutIndices(count: 10_000)
        XCTAssertEqual(a, MNISTClassifierRecipe().heldOutIndices(count: 10_000))
        XCTAssertEqual(Set(a).count, 2_000)
    }

    /// The committed judge of MNIST-M-style digits (94.8% of its recipe's
    /// held-out digits) reads 400 digits on photo crops none of its data
    /// drew (another seed) at least 90% right, and they defeat the gray
    /// classifier reading their channel mean.
    func testThePhotoDigitJudgeReadsDigitsOnCropsItNeverSaw() throws {
        let mnist = try BundledData.mnistTest()
        let digits = DigitsOnPhotos(mnist, photos: try DigitsOnPhotos.bundledPhotos(), seed: 77)
        let rows = try (0..<400).map { try digits.example(at: $0 * 25) }
        let images = NDArray.concatenate(rows.map { $0.image.reshaped([1, 3, 28, 28]) }, axis: 0).map(.affine(scale: 2, shift: -1))
        let labels = rows.map { $0.label! }
        func accuracy(_ predictions: [Int]) -> Double { Double(zip(predictions, labels).filter { $0 == $1 }.count) / Double(labels.count) }
        let judge = try MNISTClassifier.pretrainedPhotoDigits()
        XCTAssertEqual(judge.channels, 3)
        XCTAssertGreaterThan(accuracy(judge.predict(images)), 0.9)
        XCTAssertLessThan(accuracy(try MNISTClassifier.pretrained().predict(images.mean(axes: [1], keepDims: true))), 0.6)
    }
}
