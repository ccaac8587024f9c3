/// The Fréchet distance between two Gaussians fitted to feature sets (FID when
/// the features are Inception-v3's pool features):
/// `|μ1 - μ2|² + tr Σ1 + tr Σ2 - 2 tr (Σ1 Σ2)^½`.
///
/// Computed in float64 without a general matrix square root: with
/// `Σ1 = V Λ Vᵀ`, `tr (Σ1 Σ2)^½` is the sum of the square roots of the
/// eigenvalues of the symmetric positive semi-definite `Λ^½ Vᵀ Σ2 V Λ^½`,
/// so two symmetric eigendecompositions (LAPACK `dsyevd`) give it. Rounding
/// makes tiny eigenvalues slightly negative; they are taken as 0, so the
/// result is never NaN and never complex, also for singular covariances
/// (fewer samples than features), where scipy's `sqrtm` needs an offset.
public enum FrechetDistance {
    /// The distance between `a` and `b`; their dimensions must agree. Never negative.
    public static func between(_ a: FeatureStatistics, _ b: FeatureStatistics) throws -> Double {
        guard a.dimension == b.dimension else {
            throw MetricError("Fréchet distance: the feature sizes differ (\(a.dimension) and \(b.dimension)); use the same feature network for both sets")
        }
        let d = a.dimension
        let meanTerm = zip(a.mean, b.mean).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        let first = try LAPACK.symmetricEigen(a.covariance, n: d, vectors: true)
        let roots = first.values.map { $0 > 0 ? $0.squareRoot() : 0 }
        // Symmetric matrices read the same in row- and column-major order.
        let rotated = try LAPACK.multiply(
            first.vectors, transposeA: true, LAPACK.multiply(b.covariance, transposeA: false, first.vectors, transposeB: false, m: d, n: d, k: d),
            transposeB: false, m: d, n: d, k: d)
        var product = [Double](repeating: 0, count: d * d)
        for column in 0..<d {
            for row in 0...column {
                let value = 0.5 * (rotated[column * d + row] + rotated[row * d + column]) * roots[row] * roots[column]
                (product[column * d + row], product[row * d + column]) = (value, value)
            }
        }
        let productValues = try LAPACK.symmetricEigen(product, n: d, vectors: false).values
        let traceOfRoot = productValues.reduce(0) { $0 + ($1 > 0 ? $1.squareRoot() : 0) }
        return max(0, meanTerm + a.covarianceTrace + b.covarianceTrace - 2 * traceOfRoot)
    }

    /// Cautions about comparing `a` and `b`: covariances from fewer samples
    /// than features are singular, and FID from few samples is biased upward.
    public static func warnings(_ a: FeatureStatistics, _ b: FeatureStatistics) -> [String] {
        var notes: [String] = []
        for (name, statistics) in [("first", a), ("second", b)] where statistics.count > 0 && statistics.count <= statistics.dimension {
            notes.append("the \(name) set has \(statistics.count) samples for \(statistics.dimension) features: its covariance is singular and the distance is biased upward; use more samples than features")
        }
        return notes
    }
}
