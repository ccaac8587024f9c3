import SwiftGAN
import XCTest

final class ManifoldMetricsTests: XCTestCase {
    func testMatchesNumpyReference() throws {
        let fixture = try MetricFixtures.load().manifold
        let result = try ManifoldMetrics.compute(
            real: fixture.real.array, generated: fixture.fake.array,
            kPrecisionRecall: fixture.k_precision_recall, kDensityCoverage: fixture.k_density_coverage)
        XCTAssertEqual(result.precision, fixture.precision, accuracy: 1e-12)
        XCTAssertEqual(result.recall, fixture.recall, accuracy: 1e-12)
        XCTAssertEqual(result.density, fixture.density, accuracy: 1e-12)
        XCTAssertEqual(result.coverage, fixture.coverage, accuracy: 1e-12)
    }

    /// Naeem et al.: for identical distributions density is about 1 and
    /// coverage about 1 - 2^-k (0.969 for k = 5) in high dimension, while
    /// k = 3 precision and recall are only about 0.5 there (NumPy, three
    /// seeds of this setting: precision 0.49-0.53, recall 0.45-0.52, density
    /// 1.05-1.15, coverage 0.968-0.981), the weakness density and coverage fix.
    func testIdenticalGaussiansIn1000Dimensions() throws {
        var random = RandomGenerator(seed: 5)
        let result = try ManifoldMetrics.compute(real: random.normal([1_000, 1_000]), generated: random.normal([1_000, 1_000]))
        XCTAssertEqual(result.density, 1, accuracy: 0.2)
        XCTAssertEqual(result.coverage, 0.97, accuracy: 0.03)
        XCTAssertEqual(result.precision, 0.5, accuracy: 0.15)
        XCTAssertEqual(result.recall, 0.5, accuracy: 0.15)
    }

    func testDisjointSetsScoreZero() throws {
        var random = RandomGenerator(seed: 6)
        let result = try ManifoldMetrics.compute(real: random.normal([200, 8]), generated: random.normal([200, 8], mean: 20))
        XCTAssertEqual([result.precision, result.recall, result.density, result.coverage], [0, 0, 0, 0])
    }

    func testTooFewSamplesAreRefused() {
        XCTAssertThrowsError(try ManifoldMetrics.compute(real: NDArray(zeros: [5, 2]), generated: NDArray(zeros: [50, 2]))) {
            XCTAssertEqual("\($0)", "precision/recall real features: 5 samples, at least 6 are needed")
        }
    }
}
