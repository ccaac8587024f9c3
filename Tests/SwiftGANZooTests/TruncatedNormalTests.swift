import SwiftGAN
import XCTest

/// The truncation trick's sampler finishes for any accepted limit and draws the truncated law.
final class TruncatedNormalTests: XCTestCase {
    func testTinyLimitsFinishAndStayInside() {
        var random = RandomGenerator(seed: 1)
        let z = random.normal([64, 128])
        for limit: Float in [TruncatedNormal.minimumLimit, 0.01, 0.3] {
            var draws = RandomGenerator(seed: 2)
            let truncated = TruncatedNormal.truncate(z, at: limit, random: &draws)
            XCTAssertEqual(truncated.shape, z.shape)
            XCTAssertTrue(truncated.elements.allSatisfy { abs($0) <= limit }, "limit \(limit)")
        }
    }

    func testValuesInsideAreKept() {
        var random = RandomGenerator(seed: 3)
        let z = random.normal([1_000])
        var draws = RandomGenerator(seed: 4)
        let truncated = TruncatedNormal.truncate(z, at: 1.5, random: &draws)
        for (before, after) in zip(z.elements, truncated.elements) where abs(before) <= 1.5 { XCTAssertEqual(before, after) }
    }

    /// The variance of the normal truncated to [-a, a] is 1 - 2aφ(a) / (2Φ(a) - 1);
    /// the sample variance of n draws lies within 5 of its standard errors,
    /// sqrt((m4 - s^4) / n), of it, and the mean within 5 standard errors of 0.
    func testTheVarianceIsTheTruncatedLaws() {
        for a: Double in [0.5, 2] {
            var random = RandomGenerator(seed: 5)
            let n = 40_000
            let values = TruncatedNormal.truncate(random.normal([n]), at: Float(a), random: &random).elements.map(Double.init)
            let density = exp(-a * a / 2) / (2 * Double.pi).squareRoot()
            let mass = erf(a / 2.0.squareRoot())
            let expected = 1 - 2 * a * density / mass
            let mean = values.reduce(0, +) / Double(n)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
            let fourthMoment = values.reduce(0) { $0 + pow($1 - mean, 4) } / Double(n)
            let standardError = ((fourthMoment - variance * variance) / Double(n)).squareRoot()
            XCTAssertEqual(variance, expected, accuracy: 5 * standardError, "a = \(a)")
            XCTAssertEqual(mean, 0, accuracy: 5 * (variance / Double(n)).squareRoot(), "a = \(a)")
        }
    }
}
