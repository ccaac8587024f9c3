import SwiftGANAutograd
import SwiftGANKernels

/// The self-supervised task of SS-GAN (Chen et al. 2019): predict by how many
/// quarter turns an image was rotated. A batch is cut into four consecutive
/// quarters, quarter k turned by k · 90° counter-clockwise (as
/// `torch.rot90(x, k, (2, 3))`), so every rotation appears equally often and
/// the task costs one extra pass of the batch.
public enum RotationTask {
    /// `x [N, C, H, W]` (square images) turned by `k` quarter turns counter-clockwise.
    public static func rotate(_ x: Tensor, quarterTurns k: Int) -> Tensor {
        precondition(x.rank == 4 && x.shape[2] == x.shape[3], "RotationTask: needs square images [N, C, S, S], got \(x.shape)")
        switch ((k % 4) + 4) % 4 {
        case 0: return x
        case 1: return x.flip(axes: [3]).transpose(2, 3)
        case 2: return x.flip(axes: [2, 3])
        default: return x.transpose(2, 3).flip(axes: [3])
        }
    }

    /// The batch with its quarters rotated, and each sample's rotation (0 to 3).
    public static func rotatedQuarters(_ x: Tensor) -> (images: Tensor, rotations: [Int]) {
        let n = x.shape[0]
        var pieces: [Tensor] = [], rotations: [Int] = []
        for k in 0..<4 {
            let (start, end) = (k * n / 4, (k + 1) * n / 4)
            guard end > start else { continue }
            pieces.append(rotate(x.slice(axis: 0, start: start, end: end), quarterTurns: k))
            rotations += [Int](repeating: k, count: end - start)
        }
        return (pieces.count == 1 ? pieces[0] : Tensor.concat(pieces, axis: 0), rotations)
    }

    /// The mean cross-entropy of rotation `logits [N, 4]` against the rotations.
    public static func loss(logits: Tensor, rotations: [Int]) -> Tensor {
        ClassLabels.crossEntropy(logits: logits, labels: rotations)
    }
}
