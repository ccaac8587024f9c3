import SwiftGAN
import XCTest

final class KernelInceptionDistanceTests: XCTestCase {
    func testUnbiasedMMDMatchesNumpy() throws {
        let fixture = try MetricFixtures.load().kid
        XCTAssertEqual(KernelInceptionDistance.unbiasedMMD(fixture.x.array, fixture.y.array), fixture.mmd, accuracy: 1e-5 * fixture.mmd)
    }

    func testSmallSetsUseTheSmallerSizeAndSayWhy() throws {
        let fixture = try MetricFixtures.load().kid
        let result = try KernelInceptionDistance.compute(real: fixture.x.array, generated: fixture.x.array, subsets: 3, subsetSize: 1_000)
        XCTAssertEqual(result.subsetSize, 40)
        XCTAssertEqual(result.warnings, ["KID: subsets of 40 samples instead of 1000, as one set has only 40; the estimate is noisier"])
        // A whole set against itself, in any order: the unbiased estimate is exactly that of the set with itself.
        XCTAssertEqual(result.mean, KernelInceptionDistance.unbiasedMMD(fixture.x.array, fixture.x.array), accuracy: 1e-9)
    }

    func testSameDistributionIsNearZeroAndAShiftIsNot() throws {
        var random = RandomGenerator(seed: 11)
        let a = random.normal([400, 16]), b = random.normal([400, 16]), c = random.normal([400, 16], mean: 0.5)
        let same = try KernelInceptionDistance.compute(real: a, generated: b, subsets: 10, subsetSize: 200)
        let shifted = try KernelInceptionDistance.compute(real: a, generated: c, subsets: 10, subsetSize: 200)
        XCTAssertLessThan(abs(same.mean), 3 * same.standardDeviation + 0.01)
        XCTAssertGreaterThan(shifted.mean, 0.5)
        XCTAssertTrue(same.warnings.isEmpty)
    }

    func testBadInputIsRefused() {
        XCTAssertThrowsError(try KernelInceptionDistance.compute(real: NDArray(zeros: [1, 3]), generated: NDArray(zeros: [5, 3]))) {
            XCTAssertEqual("\($0)", "KID real features: 1 samples, at least 2 are needed")
        }
        XCTAssertThrowsError(try KernelInceptionDistance.compute(real: NDArray(zeros: [4, 3]), generated: NDArray(zeros: [5, 2]))) {
            XCTAssertTrue("\($0)".contains("KID: the feature sizes differ (3 and 2)"), "\($0)")
        }
    }
}
