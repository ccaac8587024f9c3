import Foundation

/// Zhang et al.'s class rebalancing: the empirical distribution of the ab
/// cells is smoothed by a Gaussian of `sigma` (ab units) over the cell
/// centers, mixed with the uniform distribution by `mixing` (λ), and each
/// cell weighted by the inverse, `w ∝ ((1 - λ) p̃ + λ / Q)^-1`, normalized so
/// that `sum p̃ w = 1`: rare, saturated colors count as much as common dull ones.
public enum ColorRebalancing {
    /// The weight of each cell of `bins` given the pixel `counts` seen in each (all zero: uniform weights of 1).
    public static func weights(counts: [Double], bins: ABQuantization, mixing: Double = 0.5, sigma: Double = 5) -> [Float] {
        precondition(counts.count == bins.count, "ColorRebalancing: \(counts.count) counts for \(bins.count) cells")
        precondition((0...1).contains(mixing) && sigma > 0, "ColorRebalancing: mixing \(mixing) must be in [0, 1] and sigma \(sigma) positive")
        let total = counts.reduce(0, +)
        guard total > 0 else { return [Float](repeating: 1, count: counts.count) }
        let centers = bins.centers.map { SIMD2<Double>(Double($0.x), Double($0.y)) }
        var smoothed = centers.map { center in
            zip(centers, counts).reduce(0.0) { sum, cell in
                let d = cell.0 - center
                return cell.1 == 0 ? sum : sum + cell.1 / total * exp(-(d * d).sum() / (2 * sigma * sigma))
            }
        }
        let mass = smoothed.reduce(0, +)
        smoothed = smoothed.map { $0 / mass }
        let q = Double(counts.count)
        let raw = smoothed.map { 1 / ((1 - mixing) * $0 + mixing / q) }
        let expectation = zip(smoothed, raw).reduce(0) { $0 + $1.0 * $1.1 }
        return raw.map { Float($0 / expectation) }
    }
}
