import Foundation
import SwiftGAN
import XCTest

final class SyntheticMixtureTests: XCTestCase {
    private func samples(_ data: GaussianMixture2D) -> [(point: SIMD2<Float>, mode: Int)] {
        (0..<data.count).map { data.sample(at: $0) }
    }

    func testRingModeFrequenciesAreEqual() {
        let data = GaussianMixture2D.ring(count: 10_000, seed: 1)
        XCTAssertEqual(data.classCount, 8)
        var counts = [Int](repeating: 0, count: 8)
        for s in samples(data) { counts[s.mode] += 1 }
        for (mode, n) in counts.enumerated() {
            XCTAssertEqual(Double(n) / 10_000, 0.125, accuracy: 0.015, "mode \(mode)")
        }
    }

    func testRingRadiusAndSpread() {
        let data = GaussianMixture2D.ring(count: 10_000, seed: 2)
        XCTAssertEqual(data.std, 0.02)
        for (k, c) in data.modeCenters.enumerated() {
            XCTAssertEqual(Double((c * c).sum().squareRoot()), 2, accuracy: 1e-6, "center \(k)")
        }
        let all = samples(data)
        let radii = all.map { Double(($0.point * $0.point).sum().squareRoot()) }
        let (mean, std) = meanAndStd(radii)
        XCTAssertEqual(mean, 2, accuracy: 0.01)
        XCTAssertEqual(std, 0.02, accuracy: 0.002)
        let offsets = all.map { s -> Double in
            let d = s.point - data.modeCenters[s.mode]
            return Double((d * d).sum())
        }
        XCTAssertEqual((offsets.reduce(0, +) / Double(2 * offsets.count)).squareRoot(), 0.02, accuracy: 0.002)
    }

    func testGridModesAndSpread() {
        let data = GaussianMixture2D.grid(count: 20_000, seed: 3)
        XCTAssertEqual(data.classCount, 25)
        XCTAssertEqual(Set(data.modeCenters.map(\.x)), [-4, -2, 0, 2, 4])
        XCTAssertEqual(Set(data.modeCenters.map(\.y)), [-4, -2, 0, 2, 4])
        var counts = [Int](repeating: 0, count: 25)
        var dx = [Double](), dy = [Double]()
        for s in samples(data) {
            counts[s.mode] += 1
            dx.append(Double(s.point.x - data.modeCenters[s.mode].x))
            dy.append(Double(s.point.y - data.modeCenters[s.mode].y))
        }
        for (mode, n) in counts.enumerated() {
            XCTAssertEqual(Double(n) / 20_000, 0.04, accuracy: 0.008, "mode \(mode)")
        }
        for d in [dx, dy] {
            let (mean, std) = meanAndStd(d)
            XCTAssertEqual(mean, 0, accuracy: 0.002)
            XCTAssertEqual(std, 0.05, accuracy: 0.002)
        }
    }

    func testExamplesArePointsLabeledWithTheirMode() throws {
        let data = GaussianMixture2D.grid(count: 100, seed: 4)
        for i in 0..<100 {
            let example = data.example(at: i)
            XCTAssertEqual(example.image.shape, [2])
            let p = SIMD2(example.image.elements[0], example.image.elements[1])
            let nearest = data.modeCenters.indices.min { a, b in
                ((p - data.modeCenters[a]) * (p - data.modeCenters[a])).sum()
                    < ((p - data.modeCenters[b]) * (p - data.modeCenters[b])).sum()
            }
            XCTAssertEqual(example.label, nearest)
            XCTAssertNil(example.target)
        }
    }

    func testSeedsReproduceEveryDataset() throws {
        func points(_ data: some Dataset) throws -> [Float] {
            try (0..<data.count).flatMap { try data.example(at: $0).image.elements }
        }
        XCTAssertEqual(try points(GaussianMixture2D.ring(count: 50, seed: 7)), try points(GaussianMixture2D.ring(count: 50, seed: 7)))
        XCTAssertNotEqual(try points(GaussianMixture2D.ring(count: 50, seed: 7)), try points(GaussianMixture2D.ring(count: 50, seed: 8)))
        XCTAssertEqual(try points(SwissRoll2D(count: 50, seed: 7)), try points(SwissRoll2D(count: 50, seed: 7)))
        XCTAssertNotEqual(try points(SwissRoll2D(count: 50, seed: 7)), try points(SwissRoll2D(count: 50, seed: 8)))
        XCTAssertEqual(try points(Spiral2D(count: 50, seed: 7)), try points(Spiral2D(count: 50, seed: 7)))
        let data = GaussianMixture2D.grid(count: 1000, seed: 9)
        XCTAssertEqual(data.example(at: 500).image.elements, try points(data)[1000..<1002].map { $0 })
    }

    func testSwissRollFollowsItsFormula() {
        let data = SwissRoll2D(count: 5000, seed: 5, noise: 0)
        var largest: Float = 0
        for i in 0..<data.count {
            let p = data.point(at: i) * 7.5
            let t = (p * p).sum().squareRoot()
            XCTAssertTrue(t >= 1.5 * .pi - 1e-3 && t <= 4.5 * .pi + 1e-3, "radius \(t) at \(i)")
            XCTAssertEqual(p.x, t * cos(t), accuracy: 2e-3)
            XCTAssertEqual(p.y, t * sin(t), accuracy: 2e-3)
            largest = max(largest, abs(p.x / 7.5), abs(p.y / 7.5))
        }
        XCTAssertTrue(largest > 1.7 && largest < 1.9, "largest coordinate \(largest)")
        let noisy = SwissRoll2D(count: 2000, seed: 5)
        XCTAssertTrue((0..<2000).allSatisfy { i in abs(noisy.point(at: i).x) < 2.2 && abs(noisy.point(at: i).y) < 2.2 })
    }

    func testSpiralArmsAreMirrorImagesWithinRadiusTwo() {
        let data = Spiral2D(count: 4000, seed: 6, noise: 0)
        XCTAssertEqual(data.classCount, 2)
        var arms = [0, 0]
        for i in 0..<data.count {
            let (p, arm) = data.sample(at: i)
            arms[arm] += 1
            let theta = Double((p * p).sum().squareRoot()) * 3 * .pi / 2
            let sign: Double = arm == 0 ? 1 : -1
            let scale = sign * 2 / (3 * .pi) * theta
            XCTAssertLessThanOrEqual(theta, 3 * .pi + 1e-4)
            XCTAssertEqual(Double(p.x), -scale * cos(theta), accuracy: 1e-4)
            XCTAssertEqual(Double(p.y), scale * sin(theta), accuracy: 1e-4)
        }
        XCTAssertEqual(Double(arms[0]) / 4000, 0.5, accuracy: 0.03)
    }

    private func meanAndStd(_ values: [Double]) -> (Double, Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
        return (mean, variance.squareRoot())
    }
}
