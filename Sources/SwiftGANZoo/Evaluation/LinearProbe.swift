import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

/// The linear-probe accuracy of a representation: a softmax regression on
/// standardized features, fitted to the training rows by full-batch Adam
/// (learning rate 0.05, L2 1e-4, `iterations` steps), scored on the test rows.
public enum LinearProbe {
    /// The share of `test` rows whose label the probe fitted on `train` predicts.
    public static func accuracy(
        train: (features: NDArray, labels: [Int]), test: (features: NDArray, labels: [Int]), classes: Int, iterations: Int = 300
    ) -> Double {
        precondition(train.features.rank == 2 && test.features.rank == 2 && train.features.shape[1] == test.features.shape[1],
                     "LinearProbe: features must be [N, D] with the same D, got \(train.features.shape) and \(test.features.shape)")
        precondition(train.labels.count == train.features.shape[0] && test.labels.count == test.features.shape[0], "LinearProbe: one label per row")
        let mean = train.features.mean(axes: [0], keepDims: true)
        let std = (train.features - mean).map(.square).mean(axes: [0], keepDims: true).map(.sqrt).map(.affine(scale: 1, shift: 1e-6))
        func standardized(_ x: NDArray) -> Tensor { Tensor((x - mean) / std) }
        let dimension = train.features.shape[1]
        let weight = Parameter(NDArray(zeros: [dimension, classes])), bias = Parameter(NDArray(zeros: [classes]))
        let optimizer = Adam([weight, bias], learningRate: 0.05, weightDecay: 1e-4)
        let x = standardized(train.features)
        for _ in 0..<iterations {
            weight.zeroGrad(); bias.zeroGrad()
            let logits = Tensor.matmul(x, weight.tensor) + bias.tensor
            ClassLabels.crossEntropy(logits: logits, labels: train.labels).backward()
            optimizer.step()
        }
        let predicted = withoutGrad { ClassLabels.predictions(Tensor.matmul(standardized(test.features), weight.tensor) + bias.tensor) }
        return Double(zip(predicted, test.labels).filter { $0 == $1 }.count) / Double(max(1, test.labels.count))
    }
}
