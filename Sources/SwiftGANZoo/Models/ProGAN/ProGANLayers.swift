import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The pieces ProGAN's networks share: equalized layers with He's gain and
/// the leaky ReLU of slope 0.2.
enum ProGANLayers {
    /// He's gain for the leaky ReLU layers.
    static let gain = Float(2).squareRoot()

    /// A 3x3 (padded) or 1x1 equalized convolution.
    static func conv(_ input: Int, _ output: Int, kernel: Int = 3, gain: Float = gain, generator: inout RandomGenerator) -> EqualizedConv2d {
        EqualizedConv2d(input, output, kernel: Int2(kernel, kernel), padding: Int2(kernel / 2, kernel / 2), gain: gain, generator: &generator)
    }

    static func activate(_ x: Tensor) -> Tensor { x.leakyRelu(slope: 0.2) }
}
