import Foundation
import SwiftGAN
import SwiftGANTestSupport
@testable import SwiftGANZoo
import XCTest

/// TL-GAN: least squares recovers planted slopes, directions are unit and
/// orthogonal to the other attributes' weights, and walks move z exactly.
final class TLGANTests: XCTestCase {
    func testLeastSquaresRecoversAPlantedSlope() {
        var random = RandomGenerator(seed: 3)
        let x = random.normal([400, 6])
        let slope: [Double] = [1, -2, 0, 0.5, 3, -1]
        let y = (0..<400).map { row in 7 + (0..<6).reduce(0.0) { $0 + Double(x.elements[row * 6 + $1]) * slope[$1] } }
        for (got, expected) in zip(LeastSquares.slope(x, y), slope) { XCTAssertEqual(got, expected, accuracy: 1e-6) }
    }

    func testADirectionIsUnitAndOrthogonalToTheOtherWeights() {
        let weights: [String: [Double]] = [
            "scale": [1, 1, 0, 0, 1, 2], "x": [1, 0, 0, 0, 0, 0], "y": [0, 0, 1, 0, 0, 0], "rotation": [0, 0, 0, 2, 0, 0], "shape_0": [0, 1, 1, 0, 0, 0],
        ]
        let directions = LatentDirections(weights: weights, latentDimension: 6)
        let scale = directions.direction(.scale)
        // Gram-Schmidt in float64: each of the 5 projections is a dot product of
        // length 6 and an update, and the weights have squared norms of at most 7,
        // so rounding stays within γ(2 · 6 · (5 + 1)) · 7 of the exact 1 and 0.
        let bound = RoundingBounds.gamma(2 * 6 * (weights.count + 1), RoundingBounds.float64) * 7
        XCTAssertEqual(scale.reduce(0) { $0 + $1 * $1 }, 1, accuracy: bound)
        for (name, weight) in weights where name != "scale" {
            XCTAssertEqual(zip(scale, weight).reduce(0) { $0 + $1.0 * $1.1 }, 0, accuracy: bound, name)
        }
    }

    func testMovingAddsTheScaledDirectionToEveryLatent() {
        let latent = Latent(z: Tensor(NDArray([0, 1, 2, 3, 4, 5], shape: [2, 3])))
        let moved = LatentDirections.moving(latent, along: [0, 1, 0], by: 2)
        XCTAssertEqual(moved.z.value.elements, [0, 3, 2, 3, 6, 5])
    }

    /// The random baseline's direction: unit length (each of 64 components
    /// rounds in its division, its square and the sum: 3 * 64 ulps at most), the same for a seed, and spread over every axis (4,000
    /// draws: each component's mean within 5 standard errors, 5 / sqrt(64 * 4000), of 0).
    func testARandomDirectionIsUnitSeededAndUnbiased() {
        var a = RandomGenerator(seed: 4), b = RandomGenerator(seed: 4)
        let first = LatentDirections.randomDirection(dimension: 64, random: &a)
        XCTAssertEqual(first, LatentDirections.randomDirection(dimension: 64, random: &b))
        XCTAssertEqual(first.reduce(0) { $0 + $1 * $1 }, 1, accuracy: 3 * 64 * Double.ulpOfOne)
        var sums = [Double](repeating: 0, count: 64)
        for _ in 0..<4_000 {
            for (i, v) in LatentDirections.randomDirection(dimension: 64, random: &a).enumerated() { sums[i] += v }
        }
        for (i, sum) in sums.enumerated() { XCTAssertLessThan(abs(sum / 4_000), 5 / (64.0 * 4_000).squareRoot(), "component \(i)") }
    }

    func testTLGANTrainsOnShapesAndIsJudgedByItsEdits() throws {
        var c = try Presets.configuration("shapes_tlgan")
        for (key, value) in [("batch_size", "4"), ("steps", "2"), ("tlgan.latent_dimension", "16")] { try c.set(key, to: value) }
        let trainer = try ModelRegistry.trainer(for: c)
        for _ in 0..<2 { try trainer.trainStep() }
        XCTAssertTrue(QualityMeasures.kinds(for: c).contains(.latentDirections))
        let inference = Inference(model: trainer.model, networks: Dictionary(uniqueKeysWithValues: trainer.players.map { ($0.name, $0.module) }))
        let report = try LatentEditMeasure.measure(inference: inference, pairs: 20, seed: 2, fitCount: 100)
        XCTAssertEqual(Set(report.keys).count, 9, "\(report.keys.sorted())")
        XCTAssertNotNil(report["edit_random_shape_kept"])
        XCTAssertTrue(report.values.allSatisfy { (0...1).contains($0) })
    }
}
