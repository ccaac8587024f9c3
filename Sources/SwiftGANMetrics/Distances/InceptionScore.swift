import Foundation
import SwiftGANAutograd
import SwiftGANKernels

/// The Inception Score (Salimans et al., 2016), `exp(E_x KL(p(y|x) || p(y)))`,
/// computed per split and averaged, for the class probabilities of any
/// classifier (Inception-v3's for the standard score; the MNIST classifier's
/// for an MNIST-domain classifier score).
public enum InceptionScore {
    /// The mean and standard deviation (population, over splits) of the score.
    public struct Result: Equatable, Sendable {
        public let mean: Double
        public let standardDeviation: Double
        public let splits: Int
    }

    /// The score of `probabilities` `[N, classes]` (rows non-negative, summing
    /// to 1 within 1e-3), in `splits` consecutive parts of near-equal size
    /// (the first `N % splits` parts one row longer).
    public static func compute(probabilities: NDArray, splits: Int = 10) throws -> Result {
        precondition(splits > 0, "InceptionScore: splits must be positive, got \(splits)")
        let matrix = try FeatureMatrix(probabilities, name: "Inception Score probabilities", minimumCount: splits)
        let classes = matrix.dimension
        for row in 0..<matrix.count {
            let values = matrix.values[row * classes..<(row + 1) * classes]
            guard values.allSatisfy({ $0 >= 0 }), abs(values.reduce(0, +) - 1) < 1e-3 else {
                throw MetricError("Inception Score: row \(row) is not a probability distribution (negative values or a sum other than 1); pass softmax outputs or use compute(logits:)")
            }
        }
        var scores: [Double] = []
        var start = 0
        for split in 0..<splits {
            let size = matrix.count / splits + (split < matrix.count % splits ? 1 : 0)
            var marginal = [Double](repeating: 0, count: classes)
            for row in start..<start + size {
                for c in 0..<classes { marginal[c] += matrix.values[row * classes + c] / Double(size) }
            }
            var divergence = 0.0
            for row in start..<start + size {
                for c in 0..<classes {
                    let p = matrix.values[row * classes + c]
                    if p > 0 { divergence += p * (log(p) - log(marginal[c])) }
                }
            }
            scores.append(exp(divergence / Double(size)))
            start += size
        }
        let mean = scores.reduce(0, +) / Double(splits)
        let variance = scores.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(splits)
        return Result(mean: mean, standardDeviation: variance.squareRoot(), splits: splits)
    }

    /// The score of classifier logits `[N, classes]` (softmax applied first).
    public static func compute(logits: NDArray, splits: Int = 10) throws -> Result {
        try compute(probabilities: withoutGrad { Tensor(logits).softmax(axis: 1).value }, splits: splits)
    }
}
