import SwiftGAN
@testable import SwiftGANData
import XCTest

final class SyntheticShapesTests: XCTestCase {
    func testExamplesAreSeededPerIndex() {
        let a = Shapes(count: 50, seed: 3), b = Shapes(count: 50, seed: 3), c = Shapes(count: 50, seed: 4)
        for i in [0, 17, 49] {
            XCTAssertEqual(a.example(at: i).image.elements, b.example(at: i).image.elements)
            XCTAssertEqual(a.factors(at: i), b.factors(at: i))
        }
        XCTAssertNotEqual((0..<50).map(a.factors(at:)), (0..<50).map(c.factors(at:)))
    }

    func testEveryLevelOfEveryFactorIsDrawnUniformly() {
        let data = Shapes(count: 6_000, seed: 5)
        let factors = (0..<data.count).map(data.factors(at:))
        for factor in ShapeFactor.allCases {
            var counts = [Int](repeating: 0, count: factor.levels)
            for example in factors { counts[example[factor]] += 1 }
            // Binomial(n, 1/L): every count within 5 standard deviations of n/L.
            let p = 1 / Double(factor.levels), n = Double(data.count)
            let sigma = (n * p * (1 - p)).squareRoot()
            for (level, count) in counts.enumerated() {
                XCTAssertLessThan(abs(Double(count) - n * p), 5 * sigma, "\(factor.rawValue) level \(level): \(count) of \(data.count)")
            }
        }
        XCTAssertEqual(data.example(at: 7).label, factors[7][.shape])
        XCTAssertEqual(data.classCount, 6)
    }

    func testSixtyFourPixelsAveragedOverBlocksAreThirtyTwoPixels() {
        let small = Shapes(count: 20, seed: 9, size: 32), large = Shapes(count: 20, seed: 9, size: 64)
        XCTAssertEqual(small.supersampling * 32, large.supersampling * 64)
        for i in 0..<20 {
            let pooled = withoutGrad { Tensor(large.example(at: i).image.reshaped([1, 3, 64, 64])).avgPool2d(kernel: (2, 2)).value }
            let direct = small.example(at: i).image.elements
            // Both count the same 256x256 subpixel centers; only float rounding differs.
            XCTAssertEqual(zip(pooled.elements, direct).map { abs($0 - $1) }.max()!, 0, accuracy: 1e-5, "example \(i)")
        }
    }

    func testObjectAndBackgroundHaveTheirFactorsColors() {
        let data = Shapes(count: 200, seed: 11)
        for i in 0..<data.count {
            let factors = data.factors(at: i)
            let image = data.example(at: i).image.elements
            let background = ColorConversion.rgb(hue: 22.5 + 45 * Double(factors[.background]), saturation: 0.5, value: 0.35)
            let object = ColorConversion.rgb(hue: 45 * Double(factors[.hue]), saturation: 0.85, value: 0.95)
            // The object stays inside [0.02, 0.98] of the side and never reaches a corner pixel.
            let center = (Int((0.3 + 0.08 * Double(factors[.y])) * 32), Int((0.3 + 0.08 * Double(factors[.x])) * 32))
            for channel in 0..<3 {
                XCTAssertEqual(image[channel * 1024], background[channel], "example \(i) corner")
                if factors.shape != .star && factors.shape != .cross && factors.shape != .heart {
                    XCTAssertEqual(image[channel * 1024 + center.0 * 32 + center.1], object[channel], accuracy: 1e-6, "example \(i) center")
                }
            }
        }
    }

    func testCoverageOfConcaveOutlinesMatchesTheirArea() {
        for kind in ShapeKind.allCases {
            let radius = 12.0, center = SIMD2<Double>(16, 16)
            let vertices = kind.outline.map { center + $0 * radius }
            let coverage = PolygonRasterizer.evenOddCoverage(vertices, size: 32, supersampling: 8)
            let shoelace = abs(vertices.indices.reduce(0.0) { sum, k in
                let (p, q) = (vertices[k], vertices[(k + 1) % vertices.count])
                return sum + p.x * q.y - q.x * p.y
            }) / 2
            // Each subpixel row errs by at most one subpixel per crossing of the outline.
            let crossingsPerRow = kind == .star || kind == .cross ? 6.0 : kind == .heart ? 4 : 2
            let bound = crossingsPerRow * 256 / 64
            XCTAssertEqual(Double(coverage.reduce(0, +)), shoelace, accuracy: bound, "\(kind.name)")
        }
    }

    func testOutlinesHaveUnitRadius() {
        for kind in ShapeKind.allCases {
            let farthest = kind.outline.map { ($0 * $0).sum().squareRoot() }.max()!
            // Unit radius by construction (cos² + sin², or a division by the largest norm): a norm recomputed
            // in double is off by a few rounding steps of its squares, sum and square root, 8 ulps at most.
            XCTAssertEqual(farthest, 1, accuracy: 8 * Double.ulpOfOne, kind.name)
        }
    }

    func testHSVPrimaries() {
        XCTAssertEqual(ColorConversion.rgb(hue: 0, saturation: 1, value: 1), SIMD3(1, 0, 0))
        XCTAssertEqual(ColorConversion.rgb(hue: 120, saturation: 1, value: 1), SIMD3(0, 1, 0))
        XCTAssertEqual(ColorConversion.rgb(hue: 600, saturation: 1, value: 0.5), SIMD3(0, 0, 0.5))
        let gray = ColorConversion.rgb(hue: 77, saturation: 0, value: 0.25)
        XCTAssertEqual(gray, SIMD3(repeating: 0.25))
        let orange = ColorConversion.rgb(hue: 30, saturation: 1, value: 1)
        XCTAssertEqual(orange.y, 0.5, accuracy: 1e-6)
    }
}
