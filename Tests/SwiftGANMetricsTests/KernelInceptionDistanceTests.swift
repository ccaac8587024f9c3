import SwiftGAN
import SwiftGANTestSupport
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
        // A whole set against itself, in any order: the unbiased estimate is that of the set with itself, up to float32 rounding.
        XCTAssertEqual(
            result.mean, KernelInceptionDistance.unbiasedMMD(fixture.x.array, fixture.x.array),
            accuracy: Self.selfMMDRoundingBound(fixture.x.array))
    }

    /// The most two evaluations of `unbiasedMMD` of the rows of `features` `[n, D]`
    /// against themselves, in any row order, can differ. Each Gram entry is a float32
    /// dot product summed in an order that depends on the rows and the CPU:
    /// `|Δdot| <= γ_D Σ_k |a_k b_k| <= γ_D M` (`γ_D ≈ D u`, `u = 2^-24`, `M` the largest
    /// squared row norm), twice that between two orders, and the float32 division by
    /// `d = D` adds `u |dot| / d` to each, so `q = dot / d` moves by at most
    /// `Δq = 2 (γ_D + u (1 + γ_D)) M / d`. The kernel `(q + 1)³` has slope
    /// `3 (q + 1)² <= 3 (M / d + 1 + Δq)²` in between, and the MMD weighs its three
    /// kernel means 1 + 1 + 2 = 4; the double sums add less than `16 n² 2^-53` times the largest kernel.
    static func selfMMDRoundingBound(_ features: NDArray) -> Double {
        let (n, d) = (features.shape[0], features.shape[1])
        let values = features.elements.map(Double.init)
        let largestNorm = (0..<n).map { row in values[row * d..<(row + 1) * d].reduce(0) { $0 + $1 * $1 } }.max()!
        let u = RoundingBounds.float32, gamma = RoundingBounds.gamma(d, u)
        let deltaQ = 2 * (gamma + u * (1 + gamma)) * largestNorm / Double(d)
        let base = largestNorm / Double(d) + 1 + deltaQ
        return 4 * 3 * base * base * deltaQ + 16 * Double(n * n) * RoundingBounds.float64 * base * base * base
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
