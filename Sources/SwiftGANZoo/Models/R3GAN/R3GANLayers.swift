import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The initialization and activation R3GAN's networks share: no normalization,
/// no biases in convolutions, weights N(0, (gain / √fan-in)²), and a learned
/// bias before every leaky ReLU (slope 0.2).
enum R3GANLayers {
    /// The gain that keeps a leaky ReLU of slope 0.2 variance-preserving, √(2 / (1 + 0.2²)).
    static let activationGain = (2 / (1 + Float(0.2 * 0.2))).squareRoot()

    /// A convolution without bias, initialized with `gain` (0: all zeros).
    static func conv(_ input: Int, _ output: Int, kernel: Int, groups: Int = 1, gain: Float, generator: inout RandomGenerator) -> Conv2d {
        let fanIn = input / groups * kernel * kernel
        let initializer: Initializer = gain == 0 ? .constant(0) : .normal(mean: 0, std: gain / Float(fanIn).squareRoot())
        return Conv2d(input, output, kernel: Int2(kernel, kernel), padding: Int2(kernel / 2, kernel / 2), groups: groups, bias: false, initializer: initializer, generator: &generator)
    }

    /// A linear map without bias, initialized with `gain`.
    static func linear(_ input: Int, _ output: Int, gain: Float = 1, generator: inout RandomGenerator) -> Linear {
        Linear(input, output, bias: false, initializer: .normal(mean: 0, std: gain / Float(input).squareRoot()), generator: &generator)
    }

    /// `leaky_relu(x + bias, 0.2)` with a per-channel bias.
    static func activate(_ x: Tensor, bias: Parameter) -> Tensor {
        let shape = x.rank == 4 ? [1, bias.shape[0], 1, 1] : [1, bias.shape[0]]
        return (x + bias.tensor.reshape(shape)).leakyRelu(slope: 0.2)
    }
}
