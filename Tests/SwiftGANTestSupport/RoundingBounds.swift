import SwiftGAN

/// Worst-case rounding bounds for results whose operation order depends on the
/// CPU (oneDNN's float32 GEMM and convolution kernels, OpenBLAS's float64
/// LAPACK): tolerances derived from the computation instead of guessed.
public enum RoundingBounds {
    /// The unit roundoff of float32, 2^-24.
    public static let float32: Double = 0x1p-24
    /// The unit roundoff of float64, 2^-53.
    public static let float64: Double = 0x1p-53

    /// `γ_n = n u / (1 - n u)`: a dot product of length `n` accumulated in any
    /// order with unit roundoff `u` is within `γ_n Σ_k |a_k b_k|` of the exact one
    /// (Higham, Accuracy and Stability of Numerical Algorithms, §3.1).
    public static func gamma(_ n: Int, _ u: Double) -> Double {
        Double(n) * u / (1 - Double(n) * u)
    }

    /// An upper bound on `FrechetDistance.between(s, s)`, which is 0 in exact
    /// arithmetic: `2 tr Σ - 2 Σ_i √μ_i`, the `μ_i` the eigenvalues of `R VᵀΣV R`
    /// (`V`, `R²` the eigenvectors and eigenvalues of Σ from `dsyevd`, the product
    /// from two `dgemm`s). With LAPACK's backward error `p(n) ε ‖A‖` taken as
    /// `p(n) = n` (`ε = 2^-52`, `d` the dimension, `λ` Σ's eigenvalues, `δ = d ε λ_max`):
    /// each `λ_i` comes back within `δ`; `VᵀΣV` is `diag(λ)` within `4δ` (the
    /// eigensolver's backward error and lost orthogonality, the two products), so
    /// with the second eigensolver's `δ λ_max` each `μ_i` is within
    /// `η = 5 δ λ_max` of `λ_i²`, and its root at most `min(λ_i + δ, η / (λ_i - δ))`
    /// below `λ_i`. Negative totals are clamped to 0, so the distance is at most
    /// `2 d δ + 2 Σ_i min(λ_i + δ, η / (λ_i - δ))`, plus `(2d + 8) ε tr Σ` for the sums.
    public static func frechetSelfDistance(_ statistics: FeatureStatistics) -> Double {
        let d = statistics.dimension
        let epsilon = 2 * float64
        let eigenvalues = symmetricEigenvalues(statistics.covariance, n: d).map { max($0, 0) }
        let largest = eigenvalues.max() ?? 0
        let delta = Double(d) * epsilon * largest, eta = 5 * delta * largest
        let roots = eigenvalues.reduce(0) { total, lambda in
            total + (lambda > delta ? min(lambda + delta, eta / (lambda - delta)) : lambda + delta)
        }
        let trace = (0..<d).reduce(0) { $0 + statistics.covariance[$1 * d + $1] }
        return 2 * Double(d) * delta + 2 * roots + Double(2 * d + 8) * epsilon * trace
    }

    /// The eigenvalues of the symmetric `n x n` matrix `a` (row-major), by cyclic
    /// Jacobi rotations until the off-diagonal part is below `2^-52` of the whole.
    static func symmetricEigenvalues(_ a: [Double], n: Int) -> [Double] {
        var a = a
        let whole = a.reduce(0) { $0 + $1 * $1 }
        for _ in 0..<64 {
            var off = 0.0
            for p in 0..<n { for q in p + 1..<n { off += 2 * a[p * n + q] * a[p * n + q] } }
            if off <= 0x1p-104 * whole { break }
            for p in 0..<n { for q in p + 1..<n where a[p * n + q] != 0 {
                let theta = (a[q * n + q] - a[p * n + p]) / (2 * a[p * n + q])
                let t = (theta < 0 ? -1.0 : 1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                let c = 1 / (t * t + 1).squareRoot(), s = t * c
                for k in 0..<n {
                    let (kp, kq) = (a[k * n + p], a[k * n + q])
                    (a[k * n + p], a[k * n + q]) = (c * kp - s * kq, s * kp + c * kq)
                }
                for k in 0..<n {
                    let (pk, qk) = (a[p * n + k], a[q * n + k])
                    (a[p * n + k], a[q * n + k]) = (c * pk - s * qk, s * pk + c * qk)
                }
                (a[p * n + q], a[q * n + p]) = (0, 0)
            } }
        }
        return (0..<n).map { a[$0 * n + $0] }
    }
}
