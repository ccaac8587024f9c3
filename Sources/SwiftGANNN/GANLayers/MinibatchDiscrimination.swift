import SwiftGANAutograd
import SwiftGANKernels

/// Minibatch discrimination (Salimans et al. 2016): each sample's features are
/// projected to `kernels` rows of `kernelDimension`, compared with every other
/// sample of the batch by `exp(-L1 distance)`, and the summed closeness is
/// appended to the features, so the discriminator can see a collapsed batch.
/// `x [N, in] -> [N, in + kernels]`; the projection is `T [in, kernels * kernelDimension]`.
public final class MinibatchDiscrimination: Module, Layer {
    public let T: Parameter
    public let kernels: Int
    public let kernelDimension: Int

    public init(_ inFeatures: Int, kernels: Int = 50, kernelDimension: Int = 5, generator: inout RandomGenerator) {
        precondition(inFeatures > 0 && kernels > 0 && kernelDimension > 0, "MinibatchDiscrimination: sizes must be positive")
        T = Parameter(generator.normal([inFeatures, kernels * kernelDimension], std: 0.1))
        (self.kernels, self.kernelDimension) = (kernels, kernelDimension)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        precondition(x.rank == 2 && x.shape[1] == T.shape[0], "MinibatchDiscrimination: expected [N, \(T.shape[0])], got \(x.shape)")
        let n = x.shape[0]
        let m = Tensor.matmul(x, T.tensor).reshape([n, kernels, kernelDimension])     // [N, B, C]
        let distance = (m.unsqueeze(1) - m.unsqueeze(0)).abs().sum(axes: [3])          // [N, N, B]
        let closeness = (-distance).exp().sum(axes: [1]) - 1                            // [N, B], self excluded
        return Tensor.concat([x, closeness], axis: 1)
    }
}
