import SwiftGAN
import XCTest

final class InceptionScoreTests: XCTestCase {
    func testMatchesNumpyWithOneAndTenSplits() throws {
        let fixture = try MetricFixtures.load().inception_score
        for (splits, expected) in fixture.splits {
            let result = try InceptionScore.compute(probabilities: fixture.probabilities.array, splits: Int(splits)!)
            XCTAssertEqual(result.mean, expected[0], accuracy: 1e-6 * expected[0], "splits \(splits)")
            XCTAssertEqual(result.standardDeviation, expected[1], accuracy: 1e-6, "splits \(splits)")
        }
    }

    func testConfidentBalancedPredictionsScoreTheClassCountAndUniformOnesScoreOne() throws {
        let oneHot = NDArray((0..<40).flatMap { row in (0..<4).map { Float($0 == row % 4 ? 1 : 0) } }, shape: [40, 4])
        XCTAssertEqual(try InceptionScore.compute(probabilities: oneHot, splits: 2).mean, 4, accuracy: 1e-9)
        XCTAssertEqual(try InceptionScore.compute(logits: NDArray(zeros: [40, 4]), splits: 1).mean, 1, accuracy: 1e-9)
    }

    func testRowsThatAreNotDistributionsAreRefused() {
        XCTAssertThrowsError(try InceptionScore.compute(probabilities: NDArray([0.5, 0.7, 0.2, 0.8], shape: [2, 2]), splits: 1)) {
            XCTAssertTrue("\($0)".contains("row 0 is not a probability distribution"), "\($0)")
        }
        XCTAssertThrowsError(try InceptionScore.compute(probabilities: NDArray(repeating: 0.5, shape: [3, 2]), splits: 10)) {
            XCTAssertEqual("\($0)", "Inception Score probabilities: 3 samples, at least 10 are needed")
        }
    }
}
