import SwiftGANMetrics
import XCTest

final class SegmentationScoreTests: XCTestCase {
    /// Eight pixels of three classes, worked by hand: truth 0 0 0 0 1 1 2 2,
    /// predicted 0 0 0 1 1 2 2 2. Right: 3 of class 0, 1 of class 1, 2 of
    /// class 2 (6 of 8). IoU: class 0 3/(4+3-3) = 3/4, class 1 1/(2+2-1) =
    /// 1/3, class 2 2/(2+3-2) = 2/3.
    func testScoresOfAHandWorkedMap() {
        var confusion = ConfusionMatrix(classes: 3)
        confusion.add(predicted: [0, 0, 0, 1, 1, 2, 2, 2], truth: [0, 0, 0, 0, 1, 1, 2, 2])
        XCTAssertEqual(confusion[0, 1], 1)
        XCTAssertEqual(confusion[1, 2], 1)
        XCTAssertEqual(confusion.total, 8)
        let score = SegmentationScore(confusion)
        XCTAssertEqual(score.pixelAccuracy, 6.0 / 8.0)
        XCTAssertEqual(score.perClassAccuracy, [3.0 / 4.0, 1.0 / 2.0, 2.0 / 2.0])
        // The means add the per-class values left to right and divide by the
        // count: the same IEEE additions and division here, with no product
        // to fuse, so the figures are equal on every CPU.
        XCTAssertEqual(score.classAccuracy, [3.0 / 4.0, 1.0 / 2.0, 2.0 / 2.0].reduce(0, +) / 3)
        XCTAssertEqual(score.perClassIoU, [3.0 / 4.0, 1.0 / 3.0, 2.0 / 3.0])
        XCTAssertEqual(score.meanIoU, [3.0 / 4.0, 1.0 / 3.0, 2.0 / 3.0].reduce(0, +) / 3)
    }

    /// A class absent from the truth has no accuracy or IoU and stays out of
    /// the means, even when it is predicted (its false positives still lower
    /// the IoU of the classes it was mistaken for).
    func testAClassAbsentFromTheTruthIsLeftOutOfTheMeans() {
        var confusion = ConfusionMatrix(classes: 3)
        confusion.add(predicted: [0, 2], truth: [0, 0])
        confusion.add(predicted: [1, 1], truth: [1, 1])
        let score = SegmentationScore(confusion)
        XCTAssertNil(score.perClassAccuracy[2])
        XCTAssertNil(score.perClassIoU[2])
        XCTAssertEqual(score.classAccuracy, (0.5 + 1) / 2)
        XCTAssertEqual(score.meanIoU, (0.5 + 1) / 2)
        XCTAssertEqual(score.pixelAccuracy, 3.0 / 4.0)
    }

    func testAPerfectSegmentationScoresOne() {
        var confusion = ConfusionMatrix(classes: 4)
        confusion.add(predicted: [3, 1, 0, 2, 2], truth: [3, 1, 0, 2, 2])
        let score = SegmentationScore(confusion)
        XCTAssertEqual([score.pixelAccuracy, score.classAccuracy, score.meanIoU], [1, 1, 1])
    }
}
