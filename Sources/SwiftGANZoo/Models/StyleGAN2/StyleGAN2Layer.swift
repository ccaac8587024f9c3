import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// One synthesis layer of StyleGAN2: a modulated, demodulated 3x3
/// convolution (upsampling when asked), per-pixel noise with a learned
/// strength, a bias and the activation.
final class StyleGAN2Layer: Module {
    let convolution: ModulatedConv2d
    let noise: NoiseInjection
    let bias: Parameter

    init(_ input: Int, _ output: Int, style: Int, upsample: Bool, generator: inout RandomGenerator) {
        convolution = ModulatedConv2d(input, output, kernel: 3, styleDimension: style, upsample: upsample, generator: &generator)
        noise = NoiseInjection()
        bias = Parameter(NDArray(zeros: [output]))
    }

    /// `x [N, in, H, W]` styled by `w [N, style]`, plus `plane` `[N, 1, H2, W2]` of noise at the output size.
    func callAsFunction(_ x: Tensor, style w: Tensor, noise plane: Tensor) -> Tensor {
        StyleActivation.apply(noise(convolution(x, style: w), noise: plane), bias: bias)
    }
}
