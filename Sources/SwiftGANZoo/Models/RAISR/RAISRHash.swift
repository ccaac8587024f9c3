import Foundation

/// RAISR's hash of a pixel (Romano et al.): the local gradients' structure
/// tensor over a Gaussian-weighted window gives the dominant orientation
/// (`angles` bins over [0, pi)), the strength (the larger eigenvalue, in 3
/// bins) and the coherence ((√λ1 − √λ2) / (√λ1 + √λ2), in 3 bins); the
/// pixel's position within the scale's grid (`factor²` types) completes it.
struct RAISRHash {
    static let angles = 24
    /// The eigenvalue bounds between weak, medium and strong gradients (on [0, 1] images).
    static let strengthBounds = [0.0001, 0.001]
    static let coherenceBounds = [0.25, 0.5]

    let factor: Int
    /// The side of the window the structure tensor is summed over.
    let window: Int
    private let weights: [Double]

    init(factor: Int, window: Int) {
        precondition(window % 2 == 1, "RAISRHash: the window \(window) must be odd")
        (self.factor, self.window) = (factor, window)
        let radius = Double(window / 2), sigma = max(radius / 2, 1)
        let taps = (0..<window).map { exp(-pow(Double($0) - radius, 2) / (2 * sigma * sigma)) }
        let grid = taps.flatMap { a in taps.map { a * $0 } }
        let total = grid.reduce(0, +)
        weights = grid.map { $0 / total }
    }

    /// The number of buckets.
    var buckets: Int { Self.angles * 3 * 3 * factor * factor }

    /// The bucket of every pixel of `plane` (`height x width`, row-major), edges replicated.
    func buckets(of plane: [Float], height: Int, width: Int) -> [Int] {
        func at(_ y: Int, _ x: Int) -> Double { Double(plane[min(max(y, 0), height - 1) * width + min(max(x, 0), width - 1)]) }
        var gx = [Double](repeating: 0, count: plane.count), gy = gx
        for y in 0..<height {
            for x in 0..<width {
                gx[y * width + x] = (at(y, x + 1) - at(y, x - 1)) / 2
                gy[y * width + x] = (at(y + 1, x) - at(y - 1, x)) / 2
            }
        }
        let radius = window / 2
        var result = [Int](repeating: 0, count: plane.count)
        for y in 0..<height {
            for x in 0..<width {
                var (a, b, d) = (0.0, 0.0, 0.0)
                for dy in -radius...radius {
                    let row = min(max(y + dy, 0), height - 1) * width
                    for dx in -radius...radius {
                        let i = row + min(max(x + dx, 0), width - 1), w = weights[(dy + radius) * window + dx + radius]
                        a += w * gx[i] * gx[i]
                        b += w * gx[i] * gy[i]
                        d += w * gy[i] * gy[i]
                    }
                }
                result[y * width + x] = bucket(a, b, d, type: (y % factor) * factor + x % factor)
            }
        }
        return result
    }

    /// The bucket of the structure tensor `[[a, b], [b, d]]` at pixel type `type`.
    func bucket(_ a: Double, _ b: Double, _ d: Double, type: Int) -> Int {
        let root = ((a - d) * (a - d) / 4 + b * b).squareRoot()
        let (large, small) = ((a + d) / 2 + root, max((a + d) / 2 - root, 0))
        let theta = atan2(large - a, b) // The principal eigenvector (b, λ1 - a), as an angle.
        var angle = Int((theta < 0 ? theta + .pi : theta) / .pi * Double(Self.angles))
        angle = min(max(angle, 0), Self.angles - 1)
        let (rootLarge, rootSmall) = (large.squareRoot(), small.squareRoot())
        let coherence = rootLarge + rootSmall > 0 ? (rootLarge - rootSmall) / (rootLarge + rootSmall) : 0
        let strength = Self.strengthBounds.filter { large >= $0 }.count
        let coherent = Self.coherenceBounds.filter { coherence >= $0 }.count
        return ((angle * 3 + strength) * 3 + coherent) * factor * factor + type
    }
}
