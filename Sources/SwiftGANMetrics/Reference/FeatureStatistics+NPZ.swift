import Foundation
import SwiftGANData
import SwiftGANKernels

extension FeatureStatistics {
    /// Reads statistics from an NPZ file in pytorch-fid's layout: float64
    /// `mu` `[D]` and `sigma` `[D, D]` (and, when SwiftGAN wrote it, `count`).
    public init(contentsOf url: URL) throws {
        let files = try NPZ.files(contentsOf: url)
        guard let mu = files["mu"], let sigma = files["sigma"] else {
            throw MetricError("\(url.path): reference statistics need entries 'mu' and 'sigma' (pytorch-fid's layout); found \(files.keys.sorted())")
        }
        guard mu.shape.count == 1, sigma.shape == [mu.shape[0], mu.shape[0]] else {
            throw MetricError("\(url.path): 'mu' has shape \(mu.shape) and 'sigma' \(sigma.shape); expected [D] and [D, D]")
        }
        let count = files["count"].flatMap { try? $0.integers().first } ?? 0
        do {
            try self.init(mean: mu.doubles(), covariance: sigma.doubles(), count: count)
        } catch let error as MetricError {
            throw MetricError("\(url.path): \(error.description)")
        }
    }

    /// Writes these statistics as pytorch-fid's NPZ layout (`mu`, `sigma` in float64) plus `count`, atomically.
    public func write(to url: URL) throws {
        let count = NPY.encode(NDArray([Float(self.count)], shape: [1]), dtype: NPYDType(.int64))
        try NPZ.write(entries: [
            "mu": NPY.encode(doubles: mean, shape: [dimension]),
            "sigma": NPY.encode(doubles: covariance, shape: [dimension, dimension]),
            "count": count,
        ], to: url)
    }
}
