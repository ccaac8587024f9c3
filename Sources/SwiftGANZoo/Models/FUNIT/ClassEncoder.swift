import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// FUNIT's class encoder: a 7x7 convolution and three 4x4 stride-2 ones
/// with ReLU and no normalization, averaged over positions and mapped to a
/// class code; the code of a class is the mean of its examples' codes.
public final class ClassEncoder: Module {
    public let body: Sequential
    public let projection: Linear

    public init(channels: Int, width: Int, codeLength: Int, generator rng: inout RandomGenerator) {
        body = Sequential(
            Conv2d(channels, width, kernel: 7, padding: 3, paddingMode: .reflect, generator: &rng), Activation(.relu),
            Conv2d(width, 2 * width, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.relu),
            Conv2d(2 * width, 4 * width, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.relu),
            Conv2d(4 * width, 4 * width, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.relu))
        projection = Linear(4 * width, codeLength, generator: &rng)
    }

    /// The class codes `[N, codeLength]` of examples `[N * shots, C, H, W]`, `shots` consecutive examples per class.
    public func callAsFunction(_ examples: Tensor, shots: Int) -> Tensor {
        precondition(shots > 0 && examples.shape[0] % shots == 0, "ClassEncoder: \(examples.shape[0]) examples do not make groups of \(shots)")
        let codes = projection(body(examples).mean(axes: [2, 3]))
        return codes.reshape([examples.shape[0] / shots, shots, codes.shape[1]]).mean(axes: [1])
    }
}
