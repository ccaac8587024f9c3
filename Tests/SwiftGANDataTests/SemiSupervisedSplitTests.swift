import SwiftGAN
import XCTest

final class SemiSupervisedSplitTests: XCTestCase {
    func testKeepsKLabelsPerClassAndHoldsOutTheRest() throws {
        let mnist = try BundledData.mnistTest()
        let split = try SemiSupervisedSplit(mnist, labeledPerClass: 10, heldOut: 2_000, seed: 2024)
        XCTAssertEqual(split.trainIndices.count, 8_000)
        XCTAssertEqual(split.heldOutIndices.count, 2_000)
        XCTAssertTrue(Set(split.trainIndices).isDisjoint(with: split.heldOutIndices))
        XCTAssertEqual(split.labeledIndices.count, 100)
        let training = split.training
        XCTAssertEqual(training.count, 8_000)
        XCTAssertEqual(training.classCount, 10)
        var perClass = [Int](repeating: 0, count: 10), unlabeled = 0
        for index in 0..<training.count {
            let label = try XCTUnwrap(training.example(at: index).label)
            if label == -1 { unlabeled += 1 } else { perClass[label] += 1 }
        }
        XCTAssertEqual(perClass, [Int](repeating: 10, count: 10))
        XCTAssertEqual(unlabeled, 7_900)
        let again = try SemiSupervisedSplit(mnist, labeledPerClass: 10, heldOut: 2_000, seed: 2024)
        XCTAssertEqual(again.labeledIndices, split.labeledIndices, "seeded")
    }

    func testUnlabeledDataIsRefused() {
        XCTAssertThrowsError(try SemiSupervisedSplit(SwissRoll2D(count: 10, seed: 0), labeledPerClass: 1, heldOut: 2, seed: 0)) {
            XCTAssertTrue("\($0)".contains("a semi-supervised split needs a labeled dataset"), "\($0)")
        }
    }
}
