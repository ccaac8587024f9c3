import SwiftGANKernels

extension ResizeFilter {
    /// The resampling of one axis of `inputSize` samples to `outputSize` as
    /// a matrix `[inputSize, outputSize]` (column `j` holds output `j`'s
    /// weights), with `Image.resized`'s weights but no clamping: a signal
    /// `[..., inputSize]` times it is the signal resampled.
    public func matrix(from inputSize: Int, to outputSize: Int) -> NDArray {
        precondition(inputSize > 0 && outputSize > 0, "ResizeFilter.matrix: sizes \(inputSize) -> \(outputSize) must be positive")
        let weights = ResizeWeights(from: inputSize, to: outputSize, filter: self)
        var values = [Float](repeating: 0, count: inputSize * outputSize)
        for (j, taps) in weights.weights.enumerated() {
            for (k, weight) in taps.enumerated() { values[(weights.starts[j] + k) * outputSize + j] = Float(weight) }
        }
        return NDArray(values, shape: [inputSize, outputSize])
    }
}
