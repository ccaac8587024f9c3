import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// One synthesis layer of StyleGAN: a 3x3 equalized convolution (after
/// upsampling when asked: nearest-neighbour and a [1, 2, 1] blur, which is
/// `FIRResampling.upsample`'s [1, 3, 3, 1]; no convolution for the layer on
/// the learned constant), per-pixel noise with a learned
/// strength per channel, a bias, the leaky ReLU, and AdaIN with its style.
final class StyleGANLayer: Module {
    let convolution: EqualizedConv2d?
    let upsample: Bool
    let noise: NoiseInjection
    let bias: Parameter
    let adain: AdaptiveInstanceNorm

    init(_ input: Int, _ output: Int, style: Int, convolve: Bool, upsample: Bool, generator: inout RandomGenerator) {
        precondition(convolve || (input == output && !upsample), "StyleGANLayer: a layer without convolution keeps its \(input) channels and size")
        convolution = convolve ? EqualizedConv2d(input, output, kernel: 3, padding: 1, bias: false, gain: StyleActivation.gain, generator: &generator) : nil
        self.upsample = upsample
        noise = NoiseInjection(channels: output)
        bias = Parameter(NDArray(zeros: [output]))
        adain = AdaptiveInstanceNorm(output, styleDimension: style, generator: &generator)
    }

    /// `x [N, in, H, W]` styled by `w [N, style]`, plus `plane` `[N, 1, H2, W2]` of noise at the output size.
    func callAsFunction(_ x: Tensor, style w: Tensor, noise plane: Tensor) -> Tensor {
        var h = upsample ? FIRResampling.upsample(x) : x
        if let convolution { h = convolution(h) }
        h = noise(h, noise: plane) + bias.tensor.reshape([1, bias.shape[0], 1, 1])
        return adain(h.leakyRelu(slope: 0.2), style: w)
    }
}
