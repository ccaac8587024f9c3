import SwiftGANKernels

/// The mean and covariance of a set of feature vectors, in float64: what a
/// Fréchet distance compares. The covariance is the unbiased one (divided by
/// `count - 1`), as `numpy.cov` and pytorch-fid compute it.
public struct FeatureStatistics: Equatable, Sendable {
    /// `[dimension]`.
    public let mean: [Double]
    /// `[dimension * dimension]`, row-major (and symmetric).
    public let covariance: [Double]
    /// How many feature vectors these come from (0 when unknown, e.g. read from a file without it).
    public let count: Int

    public var dimension: Int { mean.count }

    /// Statistics given directly (e.g. read from a reference file); the sizes must fit.
    public init(mean: [Double], covariance: [Double], count: Int = 0) throws {
        guard covariance.count == mean.count * mean.count else {
            throw MetricError("feature statistics: a mean of \(mean.count) values needs a \(mean.count)x\(mean.count) covariance, got \(covariance.count) values")
        }
        guard mean.allSatisfy(\.isFinite) && covariance.allSatisfy(\.isFinite) else {
            throw MetricError("feature statistics: the mean or covariance holds NaN or infinite values")
        }
        (self.mean, self.covariance, self.count) = (mean, covariance, count)
    }

    /// The statistics of `features`, `[count, dimension]`, with at least 2 rows, all finite.
    public init(features: NDArray) throws {
        let matrix = try FeatureMatrix(features, name: "features", minimumCount: 2)
        let (n, d) = (matrix.count, matrix.dimension)
        var mean = [Double](repeating: 0, count: d)
        for row in 0..<n {
            for j in 0..<d { mean[j] += matrix.values[row * d + j] }
        }
        for j in 0..<d { mean[j] /= Double(n) }
        var centered = matrix.values
        for row in 0..<n {
            for j in 0..<d { centered[row * d + j] -= mean[j] }
        }
        // Row-major [n, d] is column-major [d, n]: X^T X is (d x n) times its transpose.
        var covariance = try LAPACK.multiply(centered, transposeA: false, centered, transposeB: true, m: d, n: d, k: n)
        for i in covariance.indices { covariance[i] /= Double(n - 1) }
        try self.init(mean: mean, covariance: covariance, count: n)
    }

    /// The trace of the covariance.
    var covarianceTrace: Double {
        (0..<dimension).reduce(0) { $0 + covariance[$1 * dimension + $1] }
    }
}
