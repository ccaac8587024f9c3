import SwiftGANAutograd
import SwiftGANKernels

/// Batch normalization over axis 1 of `[N, C]`, `[N, C, L]` or `[N, C, H, W]`, as
/// PyTorch's `BatchNorm1d`/`BatchNorm2d`: batch statistics in training (running
/// statistics updated with `momentum`, or a cumulative average when it is `nil`),
/// running statistics in evaluation.
public final class BatchNorm: Module, Layer {
    public let weight: Parameter?
    public let bias: Parameter?
    public let runningMean: Buffer?
    public let runningVar: Buffer?
    public let numBatchesTracked: Buffer?
    public let numFeatures: Int
    public let eps: Float
    public let momentum: Float?

    /// A layer with weight 1 and bias 0 (when `affine`) and running statistics 0 and 1 (when tracked).
    public init(_ numFeatures: Int, eps: Float = 1e-5, momentum: Float? = 0.1, affine: Bool = true, trackRunningStats: Bool = true) {
        precondition(numFeatures > 0, "BatchNorm: numFeatures must be positive, got \(numFeatures)")
        self.numFeatures = numFeatures
        self.eps = eps
        self.momentum = momentum
        weight = affine ? Parameter(NDArray(repeating: 1, shape: [numFeatures])) : nil
        bias = affine ? Parameter(NDArray(zeros: [numFeatures])) : nil
        runningMean = trackRunningStats ? Buffer(NDArray(zeros: [numFeatures])) : nil
        runningVar = trackRunningStats ? Buffer(NDArray(repeating: 1, shape: [numFeatures])) : nil
        numBatchesTracked = trackRunningStats ? Buffer(NDArray(scalar: 0), savedType: .i64) : nil
    }

    override public var localBuffers: [(String, Buffer)] {
        [("running_mean", runningMean), ("running_var", runningVar), ("num_batches_tracked", numBatchesTracked)]
            .compactMap { name, buffer in buffer.map { (name, $0) } }
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        Normalization.checkChannels(x, numFeatures, minimumRank: 2, layer: "BatchNorm")
        let axes = [0] + Array(2..<x.rank)
        var statisticsShape = [Int](repeating: 1, count: x.rank)
        statisticsShape[1] = numFeatures
        let normalized: Tensor
        if isTraining || runningMean == nil {
            let n = x.count / numFeatures
            precondition(n > 1 || !isTraining, "BatchNorm: training needs more than one value per channel, got input \(x.shape)")
            let (standardized, mean, variance) = Normalization.standardize(x, axes: axes, eps: eps)
            normalized = standardized
            if isTraining, let runningMean, let runningVar, let numBatchesTracked {
                numBatchesTracked.value = numBatchesTracked.value.map(.affine(scale: 1, shift: 1))
                let m = momentum ?? 1 / numBatchesTracked.value.scalarValue
                let unbiased = variance.value.map(.affine(scale: Float(n) / Float(n - 1), shift: 0))
                runningMean.value = runningMean.value.map(.affine(scale: 1 - m, shift: 0))
                    + mean.value.reshaped([numFeatures]).map(.affine(scale: m, shift: 0))
                runningVar.value = runningVar.value.map(.affine(scale: 1 - m, shift: 0))
                    + unbiased.reshaped([numFeatures]).map(.affine(scale: m, shift: 0))
            }
        } else {
            let mean = Tensor(runningMean!.value.reshaped(statisticsShape))
            let scale = Tensor(runningVar!.value.map(.affine(scale: 1, shift: eps)).map(.rsqrt).reshaped(statisticsShape))
            normalized = (x - mean) * scale
        }
        return Normalization.affine(normalized, weight: weight, bias: bias)
    }
}

/// PyTorch's name for batch normalization of `[N, C]` or `[N, C, L]`.
public typealias BatchNorm1d = BatchNorm
/// PyTorch's name for batch normalization of `[N, C, H, W]`.
public typealias BatchNorm2d = BatchNorm
