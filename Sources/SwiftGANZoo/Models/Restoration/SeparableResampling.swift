import SwiftGANAutograd
import SwiftGANKernels

/// Resampling of images `[N, C, H, W]` by one matrix per axis (as
/// `ResizeFilter.matrix` makes them), as two matrix products, so gradients flow through it.
enum SeparableResampling {
    /// `x` with its rows resampled by `rows` `[H, H']` and its columns by `columns` `[W, W']`.
    static func apply(_ x: Tensor, rows: NDArray, columns: NDArray) -> Tensor {
        precondition(x.shape.count == 4 && rows.shape[0] == x.shape[2] && columns.shape[0] == x.shape[3],
                     "SeparableResampling: \(x.shape) against matrices \(rows.shape) and \(columns.shape)")
        let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (outHeight, outWidth) = (rows.shape[1], columns.shape[1])
        let across = Tensor.matmul(x.reshape([n * c * h, w]), Tensor(columns))
        let down = Tensor.matmul(across.reshape([n * c, h, outWidth]).transpose(1, 2).reshape([n * c * outWidth, h]), Tensor(rows))
        return down.reshape([n * c, outWidth, outHeight]).transpose(1, 2).reshape([n, c, outHeight, outWidth])
    }
}
