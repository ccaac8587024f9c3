import SwiftGAN
import XCTest

/// The README's evaluation example, run on random features and images.
final class ReadmeMetricsExampleTests: XCTestCase {
    func testTheExampleRuns() throws {
        var random = RandomGenerator(seed: 9)
        let realFeatures = random.normal([300, 16]), fakeFeatures = random.normal([300, 16], mean: 0.3)
        let classifierLogits = random.normal([300, 10])
        let references = random.uniform([2, 1, 16, 16], low: -1, high: 1)
        let restored = references + random.normal([2, 1, 16, 16], std: 0.05)

        let real = try FeatureStatistics(features: realFeatures)
        let fid = try FrechetDistance.between(real, try FeatureStatistics(features: fakeFeatures))
        let kid = try KernelInceptionDistance.compute(real: realFeatures, generated: fakeFeatures)
        let manifold = try ManifoldMetrics.compute(real: realFeatures, generated: fakeFeatures)
        let score = try InceptionScore.compute(logits: classifierLogits, splits: 10)
        let ssim = try ImageQuality.ssim(restored, references, dataRange: 2)

        XCTAssertEqual(fid, 16 * 0.09, accuracy: 0.8, "mostly the squared mean shift of 0.3 in 16 dimensions")
        XCTAssertGreaterThan(kid.mean, 0)
        XCTAssertEqual(kid.subsetSize, 300)
        XCTAssertTrue((0...1).contains(manifold.precision) && (0...1).contains(manifold.coverage))
        XCTAssertGreaterThan(score.mean, 1)
        XCTAssertGreaterThan(ssim[0], 0.8)
    }
}
