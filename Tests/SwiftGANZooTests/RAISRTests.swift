import Foundation
@testable import SwiftGANZoo
import SwiftGAN
import XCTest

/// RAISR: its hash, its least-squares fit, and its training with exact resume.
final class RAISRTests: XCTestCase {
    func testTheHashReadsOrientationStrengthAndPosition() {
        let hash = RAISRHash(factor: 2, window: 5)
        let (side, plane) = (12, 144)
        let across = (0..<plane).map { Float($0 % side) * 0.05 }, down = (0..<plane).map { Float($0 / side) * 0.05 }
        let flat = [Float](repeating: 0.5, count: plane)
        func parts(_ bucket: Int) -> (angle: Int, strength: Int, coherence: Int, type: Int) {
            let type = bucket % 4, rest = bucket / 4
            return (rest / 9, rest / 3 % 3, rest % 3, type)
        }
        // Pixel (5, 6): away from the replicated edges, at grid position (1, 0).
        let pixel = 5 * side + 6
        let horizontal = parts(hash.buckets(of: across, height: side, width: side)[pixel])
        XCTAssertEqual(horizontal.angle, 0, "a gradient along x points at angle 0")
        XCTAssertEqual(horizontal.strength, 2, "a slope of 0.05 per pixel: λ1 = 0.0025, above both bounds")
        XCTAssertEqual(horizontal.coherence, 2, "a ramp has one direction only")
        XCTAssertEqual(horizontal.type, 2)
        XCTAssertEqual(parts(hash.buckets(of: down, height: side, width: side)[pixel]).angle, 12, "along y: pi / 2, bin 12 of 24")
        let still = parts(hash.buckets(of: flat, height: side, width: side)[pixel])
        XCTAssertEqual([still.strength, still.coherence], [0, 0])
    }

    func testCholeskySolvesASymmetricPositiveDefiniteSystem() throws {
        let a: [Double] = [4, 2, 0.6, 2, 5, 1, 0.6, 1, 3], x: [Double] = [1, -2, 0.5]
        let b = (0..<3).map { i in (0..<3).reduce(0.0) { $0 + a[i * 3 + $1] * x[$1] } }
        for (found, truth) in zip(try XCTUnwrap(CholeskySolver.solve(a, b, size: 3)), x) { XCTAssertEqual(found, truth, accuracy: 1e-12) }
        XCTAssertNil(CholeskySolver.solve([1, 2, 2, 1], [1, 1], size: 2), "indefinite")
    }

    func testTheFitRecoversALinearFilterAndUnseenBucketsKeepTheCheapPixel() {
        let filters = RAISRFilters(factor: 1, size: 3, window: 3, ridge: 1e-9)
        let identity = (0..<64).map { Float($0) / 64 }
        XCTAssertEqual(filters.apply(identity, height: 8, width: 8), identity, "before any data every filter is the identity")
        var random = RandomGenerator(seed: 3)
        let side = 24
        let kernel: [Float] = [0, -0.25, 0, -0.25, 2, -0.25, 0, -0.25, 0]
        for _ in 0..<4 {
            let plane = random.uniform([side * side], low: 0, high: 1).elements
            let patches = filters.patches(plane, height: side, width: side)
            let truth = (0..<side * side).map { p in (0..<9).reduce(Float(0)) { $0 + kernel[$1] * patches[p * 9 + $1] } }
            filters.accumulate(cheap: plane, truth: truth, height: side, width: side)
        }
        filters.solve()
        let solved = filters.filters.value.elements
        // The centre tap's Gram entry sums squares of values uniform in [0, 1], a third per sample: above 20, a bucket has some 60 samples.
        let seen = (0..<filters.hash.buckets).filter { bucket in filters.gram.value.elements[bucket * 81 + 4 * 9 + 4] > 20 }
        XCTAssertGreaterThan(seen.count, 3)
        for bucket in seen {
            // Random patches make such a bucket's normal equations well conditioned, and the truth is exactly this kernel: float sums agree to 1e-3.
            for tap in 0..<9 { XCTAssertEqual(solved[bucket * 9 + tap], kernel[tap], accuracy: 1e-3, "bucket \(bucket)") }
        }
    }

    func testRAISRTrainsWithoutGradientsAndResumesExactly() throws {
        var c = try Presets.configuration("photos_x4_raisr")
        for (key, value) in [("dataset", "mnist_x2"), ("batch_size", "2"), ("steps", "2"), ("raisr.filter_size", "3"), ("raisr.hash_window", "3")] { try c.set(key, to: value) }
        let trainer = try ModelRegistry.trainer(for: c)
        let metrics = try trainer.trainStep()
        XCTAssertTrue(try XCTUnwrap(metrics["pixel_mse"]).isFinite)
        let filters = try XCTUnwrap((trainer.model as? RAISR)?.filters)
        XCTAssertGreaterThan(filters.gram.value.elements.reduce(0, +), 0)
        try ResumeCheck.assertResumeContinues(c, steps: 2, stop: 1)
        XCTAssertThrowsError(try ModelRegistry.trainer(for: { var d = c; try d.set("raisr.filter_size", to: "4"); return d }())) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "raisr.filter_size")
        }
    }
}
