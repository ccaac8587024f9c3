import SwiftGANAutograd
import SwiftGANKernels

/// The pooling variants of the FID Inception-v3 (the TensorFlow graph of 2015-12-05).
enum InceptionPooling {
    /// 3x3 average pooling, stride 1, padding 1, dividing by the taps inside
    /// the image only (`count_include_pad=False`), as TensorFlow's graph does.
    static func averageExcludingPadding(_ x: Tensor) -> Tensor {
        let (h, w) = (x.shape[2], x.shape[3])
        var factors = [Float](repeating: 0, count: h * w)
        for row in 0..<h {
            for column in 0..<w {
                let rows = min(row + 1, h - 1) - max(row - 1, 0) + 1, columns = min(column + 1, w - 1) - max(column - 1, 0) + 1
                factors[row * w + column] = 9 / Float(rows * columns)
            }
        }
        return x.avgPool2d(kernel: (3, 3), stride: (1, 1), padding: (1, 1)) * Tensor(NDArray(factors, shape: [1, 1, h, w]))
    }

    /// 3x3 max pooling, stride 1, padding 1 (the last block's pool branch).
    static func maxSamePadding(_ x: Tensor) -> Tensor {
        x.maxPool2d(kernel: (3, 3), stride: (1, 1), padding: (1, 1))
    }

    /// 3x3 max pooling, stride 2, no padding (the grid reductions).
    static func maxReduce(_ x: Tensor) -> Tensor {
        x.maxPool2d(kernel: (3, 3), stride: (2, 2))
    }
}
