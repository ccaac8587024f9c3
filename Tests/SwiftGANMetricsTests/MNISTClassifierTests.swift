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
}
