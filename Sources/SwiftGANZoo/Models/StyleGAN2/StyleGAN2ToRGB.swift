import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// StyleGAN2's output layer at one resolution: a modulated 1x1 convolution
/// to the image's channels, not demodulated, plus a bias.
final class StyleGAN2ToRGB: Module {
    let convolution: ModulatedConv2d
    let bias: Parameter

    init(_ input: Int, channels: Int, style: Int, generator: inout RandomGenerator) {
        convolution = ModulatedConv2d(input, channels, kernel: 1, styleDimension: style, demodulate: false, generator: &generator)
        bias = Parameter(NDArray(zeros: [channels]))
    }

    func callAsFunction(_ x: Tensor, style w: Tensor) -> Tensor {
        convolution(x, style: w) + bias.tensor.reshape([1, bias.shape[0], 1, 1])
    }
}
