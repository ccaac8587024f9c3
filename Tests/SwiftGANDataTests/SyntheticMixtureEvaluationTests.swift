import Foundation
import SwiftGAN
import XCTest

final class SyntheticMixtureEvaluationTests: XCTestCase {
    private func points(_ list: [SIMD2<Float>]) -> NDArray {
        NDArray(list.flatMap { [$0.x, $0.y] }, shape: [list.count, 2])
    }

    func testTrueRingSamplesCoverEveryModeEvenly() {
        let ring = GaussianMixture2D.ring(count: 10_000, seed: 11)
        let result = MixtureEvaluation(samples: points((0..<ring.count).map { ring.sample(at: $0).point }), mixture: ring)
        XCTAssertEqual(result.sampleCount, 10_000)
        XCTAssertEqual(result.modesCovered, 8)
        // Within 3 std in 2-D: 1 - exp(-4.5) = 0.9889 of true samples.
        XCTAssertEqual(result.highQualityFraction, 1 - exp(-4.5), accuracy: 0.004)
        XCTAssertLessThan(result.modeKLDivergence, 0.005)
        XCTAssertEqual(result.modeHistogram.reduce(0, +), Int((result.highQualityFraction * 10_000).rounded()))
    }

    func testSamplesAtTheCentersArePerfect() {
        let grid = GaussianMixture2D.grid(count: 1, seed: 0)
        let samples = points(Array(repeating: grid.modeCenters, count: 4).flatMap { $0 })
        let result = MixtureEvaluation(samples: samples, mixture: grid)
        XCTAssertEqual(result.modesCovered, 25)
        XCTAssertEqual(result.highQualityFraction, 1)
        XCTAssertEqual(result.modeKLDivergence, 0, accuracy: 1e-12)
        XCTAssertEqual(result.modeHistogram, Array(repeating: 4, count: 25))
    }

    func testCollapsedSamplesCoverOneMode() {
        let ring = GaussianMixture2D.ring(count: 1, seed: 0)
        var generator = RandomGenerator(seed: 12)
        let noise = generator.normal([1000, 2], std: 0.02).elements
        let collapsed = (0..<1000).map { ring.modeCenters[3] + SIMD2(noise[2 * $0], noise[2 * $0 + 1]) }
        let result = MixtureEvaluation(samples: points(collapsed), mixture: ring)
        XCTAssertEqual(result.modesCovered, 1)
        XCTAssertEqual(result.modeHistogram.firstIndex { $0 > 0 }, 3)
        XCTAssertGreaterThan(result.highQualityFraction, 0.97)
        XCTAssertEqual(result.modeKLDivergence, log(8), accuracy: 1e-12)
    }

    func testFarSamplesAreLowQualityAndCoverNothing() {
        let ring = GaussianMixture2D.ring(count: 1, seed: 0)
        let result = MixtureEvaluation(samples: points([SIMD2(0, 0), SIMD2(1.5, 0), SIMD2(2.1, 0)]), mixture: ring)
        XCTAssertEqual(result.modesCovered, 0)
        XCTAssertEqual(result.highQualityFraction, 0)
        XCTAssertEqual(result.modeKLDivergence, log(8), accuracy: 1e-12)
    }

    func testHighQualityUsesThreeStdOfTheNearestMode() {
        let ring = GaussianMixture2D.ring(count: 1, seed: 0)
        let inside = SIMD2<Float>(2 + 0.059, 0), outside = SIMD2<Float>(2 + 0.061, 0)
        let result = MixtureEvaluation(samples: points([inside, outside]), mixture: ring)
        XCTAssertEqual(result.modeHistogram[0], 1)
        XCTAssertEqual(result.highQualityFraction, 0.5)
        let loose = MixtureEvaluation(samples: points([inside, outside]), mixture: ring, threshold: 4)
        XCTAssertEqual(loose.highQualityFraction, 1)
    }
}
