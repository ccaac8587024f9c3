import SwiftGANAutograd
import SwiftGANKernels

/// BigGAN's orthogonal regularization (Brock et al. 2019, eq. 3):
/// `β Σ_W ‖W Wᵀ ⊙ (1 − I)‖²_F` over weight matrices, each weight flattened
/// to `[outputs, inputs · kernel]`: it pushes a layer's filters towards
/// orthogonality without constraining their norms, which keeps the
/// generator amenable to the truncation trick.
public enum OrthogonalRegularization {
    /// The penalty of `weights` (each of rank 2 or more), unweighted.
    public static func penalty(_ weights: [Tensor]) -> Tensor {
        precondition(!weights.isEmpty, "OrthogonalRegularization: no weights given")
        let terms = weights.map { weight -> Tensor in
            precondition(weight.rank >= 2, "OrthogonalRegularization: weights must have rank 2 or more, got \(weight.shape)")
            let rows = weight.shape[0]
            let matrix = weight.reshape([rows, -1])
            let gram = Tensor.matmul(matrix, matrix, transposeA: false, transposeB: true)  // [rows, rows]
            var mask = [Float](repeating: 1, count: rows * rows)
            for i in 0..<rows { mask[i * rows + i] = 0 }
            let offDiagonal = NDArray(mask, shape: [rows, rows])
            return (gram * Tensor(offDiagonal)).square().sum()
        }
        return terms.dropFirst().reduce(terms[0], +)
    }
}
