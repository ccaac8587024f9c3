import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

final class FrechetDistanceTests: XCTestCase {
    func testMatchesScipySqrtmAndEigenvalueReferences() throws {
        for fixture in try MetricFixtures.load().frechet {
            let distance = try FrechetDistance.between(
                FeatureStatistics(features: fixture.a.array), FeatureStatistics(features: fixture.b.array))
            XCTAssertEqual(distance, fixture.sqrtm, accuracy: 1e-6 * fixture.sqrtm, fixture.name)
            XCTAssertEqual(distance, fixture.eigenvalues, accuracy: 1e-6 * fixture.eigenvalues, fixture.name)
        }
    }

    func testSingularCovarianceGivesAFiniteValueAndAWarning() throws {
        let fixture = try XCTUnwrap(MetricFixtures.load().frechet.first { $0.singular })
        let a = try FeatureStatistics(features: fixture.a.array), b = try FeatureStatistics(features: fixture.b.array)
        XCTAssertTrue(try FrechetDistance.between(a, b).isFinite)
        let warnings = FrechetDistance.warnings(a, b)
        XCTAssertEqual(warnings.count, 2)
        XCTAssertTrue(warnings[0].contains("12 samples for 20 features"), warnings[0])
    }

    func testIdenticalSetsAreAtZeroAndAShiftAddsItsSquaredLength() throws {
        var random = RandomGenerator(seed: 7)
        let features = random.normal([200, 6])
        let statistics = try FeatureStatistics(features: features)
        // 0 in exact arithmetic; LAPACK's rounding, in CPU-dependent kernels, leaves at most this.
        XCTAssertEqual(try FrechetDistance.between(statistics, statistics), 0, accuracy: RoundingBounds.frechetSelfDistance(statistics))
        let shifted = try FeatureStatistics(features: features + NDArray(repeating: 0.5, shape: [200, 6]))
        XCTAssertEqual(try FrechetDistance.between(statistics, shifted), 6 * 0.25, accuracy: 1e-6)
    }

    func testConstantFeaturesGiveTheMeanDistanceNotNaN() throws {
        let a = try FeatureStatistics(features: NDArray(repeating: 1, shape: [10, 4]))
        let b = try FeatureStatistics(features: NDArray(repeating: 3, shape: [10, 4]))
        XCTAssertEqual(try FrechetDistance.between(a, b), 16, accuracy: 1e-12)
    }

    func testBadFeaturesAreRefusedWithTheirProblem() {
        XCTAssertThrowsError(try FeatureStatistics(features: NDArray([1, 2, .nan, 4], shape: [2, 2]))) {
            XCTAssertEqual(($0 as? MetricError)?.description, "features: 1 of 4 feature values are NaN or infinite")
        }
        XCTAssertThrowsError(try FeatureStatistics(features: NDArray([1, 2], shape: [1, 2]))) {
            XCTAssertEqual(($0 as? MetricError)?.description, "features: 1 samples, at least 2 are needed")
        }
        XCTAssertThrowsError(try FeatureStatistics(features: NDArray(zeros: [4]))) {
            XCTAssertTrue("\($0)".contains("expected a [samples, features] matrix, got shape [4]"), "\($0)")
        }
        let small = try! FeatureStatistics(features: NDArray(zeros: [3, 2])), large = try! FeatureStatistics(features: NDArray(zeros: [3, 5]))
        XCTAssertThrowsError(try FrechetDistance.between(small, large)) {
            XCTAssertTrue("\($0)".contains("the feature sizes differ (2 and 5)"), "\($0)")
        }
    }
}
