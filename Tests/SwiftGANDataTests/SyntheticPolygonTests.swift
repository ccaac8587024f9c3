import Foundation
import SwiftGAN
import XCTest

final class SyntheticPolygonTests: XCTestCase {
    private let data = ConvexPolygons(count: 2000, seed: 21)

    /// Interior angles from the law of cosines, independently of the library.
    private func angles(_ v: [SIMD2<Double>]) -> [Double] {
        let side = { (i: Int, j: Int) -> Double in ((v[i] - v[j]) * (v[i] - v[j])).sum().squareRoot() }
        let (a, b, c) = (side(1, 2), side(0, 2), side(0, 1))
        return [
            acos((b * b + c * c - a * a) / (2 * b * c)), acos((a * a + c * c - b * b) / (2 * a * c)),
            acos((a * a + b * b - c * c) / (2 * a * b)),
        ].map { $0 * 180 / .pi }
    }

    private func area(_ v: [SIMD2<Double>]) -> Double {
        abs(v.indices.reduce(0) { sum, k in
            let (p, q) = (v[k], v[(k + 1) % v.count])
            return sum + p.x * q.y - q.x * p.y
        }) / 2
    }

    func testEveryTriangleHasItsAnglesAboveTwentyDegrees() {
        var smallest = 180.0
        for i in 0..<data.count {
            let v = data.vertices(at: i)
            XCTAssertEqual(v.count, 3)
            let a = angles(v)
            XCTAssertEqual(a.reduce(0, +), 180, accuracy: 1e-9)
            XCTAssertGreaterThanOrEqual(a.min()!, 20 - 1e-9, "triangle \(i): \(v)")
            smallest = min(smallest, a.min()!)
        }
        XCTAssertLessThan(smallest, 21, "the bound is reached, not avoided")
    }

    func testTrianglesAreInscribedInTheScaledCircleAndCentered() {
        for i in 0..<200 {
            let v = data.vertices(at: i)
            let (a, b, c) = (v[0], v[1], v[2])
            let sides = [((b - c) * (b - c)).sum(), ((a - c) * (a - c)).sum(), ((a - b) * (a - b)).sum()].map { $0.squareRoot() }
            let circumradius = sides.reduce(1, *) / (4 * area(v))
            XCTAssertEqual(circumradius, 0.75 * 28 / 2, accuracy: 1e-9)
            let mean = (a + b + c) / 3
            XCTAssertEqual(mean.x, 14, accuracy: 1e-9)
            XCTAssertEqual(mean.y, 14, accuracy: 1e-9)
            XCTAssertTrue(v.allSatisfy { $0.x >= 0 && $0.x <= 28 && $0.y >= 0 && $0.y <= 28 })
        }
    }

    /// Each subpixel row counts the subpixel centers inside the triangle, within
    /// one subpixel of its exact span: the mass is off by less than 1/64 px² per
    /// subpixel row the triangle spans (plus the rows through its vertices).
    func testPixelMassMatchesTheTriangleArea() {
        var totalError = 0.0
        for i in 0..<data.count {
            let image = data.example(at: i).image
            XCTAssertEqual(image.shape, [1, 28, 28])
            let pixels = image.elements
            XCTAssertTrue(pixels.allSatisfy { $0 >= 0 && $0 <= 1 }, "image \(i)")
            let v = data.vertices(at: i)
            let mass = pixels.reduce(0.0) { $0 + Double($1) }
            let rows = (v.map(\.y).max()! - v.map(\.y).min()!) * 8 + 3
            XCTAssertLessThan(abs(mass - area(v)), rows / 64, "image \(i)")
            totalError += abs(mass - area(v))
        }
        XCTAssertLessThan(totalError / Double(data.count), 0.1)
    }

    func testImagesAreTheAveragePooledSupersampledRendering() throws {
        for i in 0..<5 {
            let v = data.vertices(at: i)
            var fine = [Float](repeating: 0, count: 224 * 224)
            for r in 0..<224 {
                for c in 0..<224 {
                    let p = SIMD2((Double(c) + 0.5) / 8, (Double(r) + 0.5) / 8)
                    let signs = (0..<3).map { k -> Double in
                        let (a, b) = (v[k], v[(k + 1) % 3])
                        return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
                    }
                    fine[r * 224 + c] = signs.allSatisfy { $0 >= 0 } || signs.allSatisfy { $0 <= 0 } ? 1 : 0
                }
            }
            let pooled = NDArray(fine, shape: [1, 1, 224, 224]).averagePool2d(PoolingGeometry(kernel: (8, 8)))
            assertCloseElements(data.example(at: i).image.elements, pooled.elements)
        }
    }

    func testSeedsReproduceImagesAndVertices() throws {
        let again = ConvexPolygons(count: 2000, seed: 21), other = ConvexPolygons(count: 2000, seed: 22)
        XCTAssertEqual(data.example(at: 1234).image.elements, again.example(at: 1234).image.elements)
        XCTAssertEqual(data.vertices(at: 77), again.vertices(at: 77))
        XCTAssertNotEqual(data.vertices(at: 77), other.vertices(at: 77))
    }

    func testInteriorAnglesAgreeWithTheLawOfCosines() {
        for i in 0..<50 {
            let v = data.vertices(at: i)
            for (a, b) in zip(ConvexPolygons.interiorAngles(v), angles(v)) { XCTAssertEqual(a, b, accuracy: 1e-9) }
        }
    }

    private func assertCloseElements(_ a: [Float], _ b: [Float], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.count, b.count, file: file, line: line)
        let worst = zip(a, b).map { abs($0 - $1) }.max() ?? 0
        XCTAssertLessThan(worst, 1e-6, file: file, line: line)
    }
}
