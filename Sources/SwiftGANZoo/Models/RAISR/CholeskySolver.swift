/// Solves a small symmetric positive definite system `A x = b` by the
/// Cholesky factorization `A = L Lᵀ` (RAISR's normal equations).
enum CholeskySolver {
    /// `x` for the row-major `size x size` matrix `a`; nil when `a` is not positive definite.
    static func solve(_ a: [Double], _ b: [Double], size n: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard sum > 0 else { return nil }
                    l[i * n + i] = sum.squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        var y = [Double](repeating: 0, count: n)
        for i in 0..<n { y[i] = (b[i] - (0..<i).reduce(0.0) { $0 + l[i * n + $1] * y[$1] }) / l[i * n + i] }
        var x = [Double](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            x[i] = (y[i] - (i + 1..<n).reduce(0.0) { $0 + l[$1 * n + i] * x[$1] }) / l[i * n + i]
        }
        return x
    }
}
