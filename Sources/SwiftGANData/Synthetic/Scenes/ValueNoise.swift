import SwiftGANKernels

/// Smooth seeded noise on the unit square: random values in [0, 1] on a
/// lattice of `cells` x `cells` squares, interpolated with a smoothstep, so
/// that a texture depends on where a point lies in the image, not on the
/// number of pixels it is drawn with.
struct ValueNoise {
    let cells: Int
    private let lattice: [Double]

    /// Noise with `cells` lattice squares per side, drawn from `g`.
    init(cells: Int, _ g: inout RandomGenerator) {
        precondition(cells > 0, "ValueNoise: cells \(cells) must be positive")
        self.cells = cells
        lattice = (0..<((cells + 1) * (cells + 1))).map { _ in SyntheticSeed.unit(&g) }
    }

    /// The noise at `(x, y)`, each clamped to [0, 1].
    func callAsFunction(_ x: Double, _ y: Double) -> Double {
        let (u, v) = (min(max(x, 0), 1) * Double(cells), min(max(y, 0), 1) * Double(cells))
        let (i, j) = (min(Int(u), cells - 1), min(Int(v), cells - 1))
        let (fx, fy) = (smooth(u - Double(i)), smooth(v - Double(j)))
        let row = cells + 1
        let top = lattice[j * row + i] * (1 - fx) + lattice[j * row + i + 1] * fx
        let bottom = lattice[(j + 1) * row + i] * (1 - fx) + lattice[(j + 1) * row + i + 1] * fx
        return top * (1 - fy) + bottom * fy
    }

    private func smooth(_ t: Double) -> Double { t * t * (3 - 2 * t) }
}
