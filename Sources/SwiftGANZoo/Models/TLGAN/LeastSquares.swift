import SwiftGANKernels

/// Ordinary least squares in double precision for TL-GAN's regressions.
enum LeastSquares {
    /// The slope `w` of `y ≈ x w + b` over the rows of `x [N, D]`, from the normal
    /// equations of the centered data (with a tiny ridge, 1e-9 of the trace, for rank-deficient `x`).
    static func slope(_ x: NDArray, _ y: [Double]) -> [Double] {
        let (n, d) = (x.shape[0], x.shape[1])
        precondition(y.count == n && n > 1, "LeastSquares: \(y.count) targets for \(n) rows")
        let values = x.elements.map(Double.init)
        let means = (0..<d).map { j in (0..<n).reduce(0.0) { $0 + values[$1 * d + j] } / Double(n) }
        let yMean = y.reduce(0, +) / Double(n)
        var gram = [Double](repeating: 0, count: d * d), rhs = [Double](repeating: 0, count: d)
        for row in 0..<n {
            let centered = (0..<d).map { values[row * d + $0] - means[$0] }
            let target = y[row] - yMean
            for i in 0..<d {
                rhs[i] += centered[i] * target
                for j in i..<d { gram[i * d + j] += centered[i] * centered[j] }
            }
        }
        for i in 0..<d { for j in 0..<i { gram[i * d + j] = gram[j * d + i] } }
        let ridge = 1e-9 * (0..<d).reduce(0.0) { $0 + gram[$1 * d + $1] } / Double(d)
        for i in 0..<d { gram[i * d + i] += ridge }
        return solve(gram, rhs, size: d)
    }

    /// `A⁻¹ b` for a symmetric positive definite `A` (row-major `size × size`), by Cholesky.
    static func solve(_ a: [Double], _ b: [Double], size d: Int) -> [Double] {
        var l = [Double](repeating: 0, count: d * d)
        for i in 0..<d {
            for j in 0...i {
                let sum = (0..<j).reduce(a[i * d + j]) { $0 - l[i * d + $1] * l[j * d + $1] }
                l[i * d + j] = i == j ? max(sum, 1e-300).squareRoot() : sum / l[j * d + j]
            }
        }
        var y = [Double](repeating: 0, count: d)
        for i in 0..<d { y[i] = (0..<i).reduce(b[i]) { $0 - l[i * d + $1] * y[$1] } / l[i * d + i] }
        var x = [Double](repeating: 0, count: d)
        for i in stride(from: d - 1, through: 0, by: -1) { x[i] = ((i + 1)..<d).reduce(y[i]) { $0 - l[$1 * d + i] * x[$1] } / l[i * d + i] }
        return x
    }
}
