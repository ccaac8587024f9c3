import SwiftGANKernels

/// Kernel Inception Distance (Bińkowski et al., 2018): the unbiased squared
/// MMD between two feature sets with the cubic polynomial kernel
/// `k(x, y) = (xᵀy / d + 1)³`, averaged over random subsets.
public enum KernelInceptionDistance {
    /// The mean and standard deviation of the MMD² over the subsets, the
    /// subset size used, and any caution about it.
    public struct Result: Equatable, Sendable {
        public let mean: Double
        public let standardDeviation: Double
        public let subsetSize: Int
        public let subsets: Int
        public let warnings: [String]
    }

    /// KID between `real` and `generated` (`[N, D]` each): `subsets` times,
    /// `subsetSize` rows drawn without replacement from each set. When a set
    /// has fewer than `subsetSize` rows, the subsets take as many rows as the
    /// smaller set has, and the result carries a warning; at least 2 rows each are needed.
    public static func compute(real: NDArray, generated: NDArray, subsets: Int = 100, subsetSize: Int = 1_000, seed: UInt64 = 0) throws -> Result {
        precondition(subsets > 0 && subsetSize > 1, "KernelInceptionDistance: subsets must be positive and subsetSize at least 2, got \(subsets) and \(subsetSize)")
        let x = try FeatureMatrix(real, name: "KID real features", minimumCount: 2)
        let y = try FeatureMatrix(generated, name: "KID generated features", minimumCount: 2)
        try FeatureMatrix.checkSameDimension(x, y, "KID")
        let size = min(subsetSize, x.count, y.count)
        var warnings: [String] = []
        if size < subsetSize {
            warnings.append("KID: subsets of \(size) samples instead of \(subsetSize), as one set has only \(min(x.count, y.count)); the estimate is noisier")
        }
        var random = RandomGenerator(seed: seed)
        let values = (0..<subsets).map { _ -> Double in
            let realRows = random.permutation(x.count).prefix(size), generatedRows = random.permutation(y.count).prefix(size)
            return unbiasedMMD(rows(real, realRows), rows(generated, generatedRows))
        }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return Result(mean: mean, standardDeviation: variance.squareRoot(), subsetSize: size, subsets: subsets, warnings: warnings)
    }

    /// The unbiased MMD² between all of `x` `[m, D]` and all of `y` `[n, D]`
    /// (m, n >= 2): the kernel means within each set leave out the diagonal.
    public static func unbiasedMMD(_ x: NDArray, _ y: NDArray) -> Double {
        precondition(x.rank == 2 && y.rank == 2 && x.shape[1] == y.shape[1] && x.shape[0] > 1 && y.shape[0] > 1,
                     "KernelInceptionDistance.unbiasedMMD: expected [m, D] and [n, D] with m, n >= 2, got \(x.shape) and \(y.shape)")
        let (m, n) = (Double(x.shape[0]), Double(y.shape[0]))
        let d = Float(x.shape[1])
        func kernelSum(_ a: NDArray, _ b: NDArray, skipDiagonal: Bool) -> Double {
            let gram = NDArray.matmul(a, b, transposeB: true)
            let columns = b.shape[0]
            return gram.withUnsafeBufferPointer { values in
                var total = 0.0
                for (index, dot) in values.enumerated() where !(skipDiagonal && index / columns == index % columns) {
                    let base = Double(dot / d) + 1
                    total += base * base * base
                }
                return total
            }
        }
        return kernelSum(x, x, skipDiagonal: true) / (m * (m - 1)) + kernelSum(y, y, skipDiagonal: true) / (n * (n - 1))
            - 2 * kernelSum(x, y, skipDiagonal: false) / (m * n)
    }

    private static func rows(_ array: NDArray, _ indices: ArraySlice<Int>) -> NDArray {
        array.indexSelect(axis: 0, Array(indices))
    }
}
