import Foundation
import SwiftGANData

/// Zhang et al.'s quantized ab plane: cells of `step` on a grid centred on
/// multiples of `step`, kept when some 8-bit-reachable sRGB color falls in
/// them (261 cells for a step of 10, where Zhang et al. kept the 313 their
/// ImageNet pixels reached). Colors map to the nearest kept center, and are
/// soft-encoded over their nearest centers with a Gaussian kernel.
public struct ABQuantization: Sendable {
    /// The side of a cell in a and b units.
    public let step: Double
    /// The kept cell centers `(a, b)`, in row order of a then b.
    public let centers: [SIMD2<Float>]
    /// The index of the cell at grid position `(a / step + radius, b / step + radius)`, or -1 out of gamut.
    private let grid: [Int]
    private let radius: Int

    /// The quantization with Zhang et al.'s grid of 10.
    public static let standard = ABQuantization(step: 10)

    /// The cells of `step` the sRGB gamut reaches, found from the sRGB colors on a 65-level grid per channel.
    public init(step: Double) {
        precondition(step > 0, "ABQuantization: step \(step) must be positive")
        let radius = Int((128 / step).rounded(.up))
        let side = 2 * radius + 1
        var reached = [Bool](repeating: false, count: side * side)
        let levels = 64
        let linear = (0...levels).map { ColorConversion.linearized(Double($0) / Double(levels)) }
        for r in linear {
            for g in linear {
                for b in linear {
                    let lab = Self.ab(linearRed: r, green: g, blue: b)
                    let (i, j) = (Int((lab.a / step).rounded()) + radius, Int((lab.b / step).rounded()) + radius)
                    reached[i * side + j] = true
                }
            }
        }
        var grid = [Int](repeating: -1, count: side * side), centers: [SIMD2<Float>] = []
        for cell in reached.indices where reached[cell] {
            grid[cell] = centers.count
            centers.append(SIMD2(Float(Double(cell / side - radius) * step), Float(Double(cell % side - radius) * step)))
        }
        (self.step, self.centers, self.grid, self.radius) = (step, centers, grid, radius)
    }

    /// The number of kept cells, Q.
    public var count: Int { centers.count }

    /// The index of the kept center nearest to `(a, b)`.
    public func nearest(a: Float, b: Float) -> Int {
        let side = 2 * radius + 1
        let (i, j) = (Int((Double(a) / step).rounded()) + radius, Int((Double(b) / step).rounded()) + radius)
        if (0..<side).contains(i), (0..<side).contains(j), grid[i * side + j] >= 0 { return grid[i * side + j] }
        return nearestCenters(a: a, b: b, count: 1)[0]
    }

    /// Zhang et al.'s soft encoding of `(a, b)`: its `neighbors` nearest
    /// centers, weighted by a Gaussian of `sigma` on the distance and summing to 1.
    public func softEncoding(a: Float, b: Float, neighbors: Int = 5, sigma: Float = 5) -> [(bin: Int, weight: Float)] {
        let nearest = nearestCenters(a: a, b: b, count: neighbors)
        let weights = nearest.map { q -> Float in
            let d = centers[q] - SIMD2(a, b)
            return exp(-(d * d).sum() / (2 * sigma * sigma))
        }
        let total = weights.reduce(0, +)
        return zip(nearest, weights).map { ($0, $1 / total) }
    }

    /// The `count` centers nearest to `(a, b)`, nearest first, searched among the cells within three steps of the nearest grid cell (all of them when fewer are there): exact whenever the last is nearer than 2.5 steps.
    private func nearestCenters(a: Float, b: Float, count: Int) -> [Int] {
        let point = SIMD2(a, b)
        func distance(_ q: Int) -> Float { let d = centers[q] - point; return (d * d).sum() }
        let side = 2 * radius + 1
        let (ci, cj) = (Int((Double(a) / step).rounded()) + radius, Int((Double(b) / step).rounded()) + radius)
        var candidates: [Int] = []
        let (rows, columns) = (max(ci - 3, 0)..<min(ci + 4, side), max(cj - 3, 0)..<min(cj + 4, side))
        for i in rows {
            for j in columns where grid[i * side + j] >= 0 { candidates.append(grid[i * side + j]) }
        }
        if candidates.count < count { candidates = Array(centers.indices) }
        return Array(candidates.sorted { distance($0) < distance($1) }.prefix(count))
    }

    /// The a and b of one color given in linear sRGB.
    private static func ab(linearRed r: Double, green g: Double, blue b: Double) -> (a: Double, b: Double) {
        let m = ColorConversion.xyzFromLinearRGB, white = ColorConversion.whiteD65
        func f(_ row: Int) -> Double {
            let t = (m[3 * row] * r + m[3 * row + 1] * g + m[3 * row + 2] * b) / white[row]
            return t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116.0
        }
        let (x, y, z) = (f(0), f(1), f(2))
        return (500 * (x - y), 200 * (y - z))
    }
}
