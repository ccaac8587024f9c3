import SwiftGANKernels

/// Sample-quality and diversity metrics built from k-nearest-neighbour balls
/// around feature vectors:
/// - improved precision and recall (Kynkäänniemi et al., 2019), `k = 3`:
///   the share of generated samples inside the real manifold (the union of
///   the balls reaching each real sample's k-th neighbour), and of real
///   samples inside the generated manifold;
/// - density and coverage (Naeem et al., 2020), `k = 5`: how many real balls
///   hold each generated sample on average (divided by k; about 1 for equal
///   distributions), and the share of real balls holding any generated sample.
/// A point counts as inside a ball when strictly closer than its radius, as in the `prdc` package.
public enum ManifoldMetrics {
    /// The four measures of one comparison.
    public struct Result: Equatable, Sendable {
        /// The share of generated samples inside the real manifold.
        public let precision: Double
        /// The share of real samples inside the generated manifold.
        public let recall: Double
        /// Real balls holding each generated sample on average, divided by k.
        public let density: Double
        /// The share of real balls holding any generated sample.
        public let coverage: Double
    }

    /// The four metrics of `generated` `[M, D]` against `real` `[N, D]`.
    /// Both sets need more samples than the larger k.
    public static func compute(real: NDArray, generated: NDArray, kPrecisionRecall: Int = 3, kDensityCoverage: Int = 5) throws -> Result {
        precondition(kPrecisionRecall >= 1 && kDensityCoverage >= 1, "ManifoldMetrics: k must be positive, got \(kPrecisionRecall) and \(kDensityCoverage)")
        let needed = max(kPrecisionRecall, kDensityCoverage) + 1
        let x = try FeatureMatrix(real, name: "precision/recall real features", minimumCount: needed)
        let y = try FeatureMatrix(generated, name: "precision/recall generated features", minimumCount: needed)
        try FeatureMatrix.checkSameDimension(x, y, "precision/recall")
        let realRadii = NearestNeighbors.kthSquaredRadii(real, k: kPrecisionRecall)
        let generatedRadii = NearestNeighbors.kthSquaredRadii(generated, k: kPrecisionRecall)
        let realDensityRadii = NearestNeighbors.kthSquaredRadii(real, k: kDensityCoverage)
        var (precise, densityCount) = (0, 0)
        var recalled = [Bool](repeating: false, count: x.count), covered = [Bool](repeating: false, count: x.count)
        NearestNeighbors.forEachBlock(generated, real) { start, distances in
            distances.withUnsafeBufferPointer { values in
                for row in 0..<distances.shape[0] {
                    var inside = false
                    for column in 0..<x.count {
                        let distance = values[row * x.count + column]
                        if distance < realRadii[column] { inside = true }
                        if distance < realDensityRadii[column] { densityCount += 1; covered[column] = true }
                        if distance < generatedRadii[start + row] { recalled[column] = true }
                    }
                    if inside { precise += 1 }
                }
            }
        }
        return Result(
            precision: Double(precise) / Double(y.count),
            recall: Double(recalled.filter { $0 }.count) / Double(x.count),
            density: Double(densityCount) / Double(kDensityCoverage * y.count),
            coverage: Double(covered.filter { $0 }.count) / Double(x.count))
    }
}
