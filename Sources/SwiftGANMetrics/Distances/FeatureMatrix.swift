import SwiftGANKernels

/// A validated `[count, dimension]` feature matrix in float64: the common
/// input check of the feature-space metrics.
struct FeatureMatrix {
    let values: [Double]
    let count: Int
    let dimension: Int

    /// Checks `features` is `[N, D]` with `N >= minimumCount`, `D >= 1`, all finite; `name` goes in the messages.
    init(_ features: NDArray, name: String, minimumCount: Int) throws {
        guard features.rank == 2, features.shape[1] > 0 else {
            throw MetricError("\(name): expected a [samples, features] matrix, got shape \(features.shape)")
        }
        guard features.shape[0] >= minimumCount else {
            throw MetricError("\(name): \(features.shape[0]) samples, at least \(minimumCount) are needed")
        }
        let elements = features.elements
        let nonFinite = elements.lazy.filter { !$0.isFinite }.count
        guard nonFinite == 0 else {
            throw MetricError("\(name): \(nonFinite) of \(elements.count) feature values are NaN or infinite")
        }
        (values, count, dimension) = (elements.map(Double.init), features.shape[0], features.shape[1])
    }

    /// Checks two matrices have the same feature size.
    static func checkSameDimension(_ a: FeatureMatrix, _ b: FeatureMatrix, _ metric: String) throws {
        guard a.dimension == b.dimension else {
            throw MetricError("\(metric): the feature sizes differ (\(a.dimension) and \(b.dimension)); use the same feature network for both sets")
        }
    }
}
