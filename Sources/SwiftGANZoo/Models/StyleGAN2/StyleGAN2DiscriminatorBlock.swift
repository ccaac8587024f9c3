import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// One residual block of StyleGAN2's discriminator, halving the resolution:
/// a 3x3 convolution, then a blur and a strided 3x3 convolution to `output`
/// channels (each with bias and activation), added to a blurred, downsampled
/// 1x1 projection of the input, the sum scaled by 1/√2.
final class StyleGAN2DiscriminatorBlock: Module, Layer {
    let first: EqualizedConv2d
    let down: EqualizedConv2d
    let skip: EqualizedConv2d

    init(_ input: Int, _ output: Int, generator: inout RandomGenerator) {
        first = EqualizedConv2d(input, input, kernel: 3, padding: 1, generator: &generator)
        down = EqualizedConv2d(input, output, kernel: 3, stride: 2, generator: &generator)
        skip = EqualizedConv2d(input, output, kernel: 1, bias: false, generator: &generator)
    }

    func callAsFunction(_ x: Tensor) -> Tensor {
        let h = StyleActivation.apply(down(FIRResampling.blur(StyleActivation.apply(first(x)), padding: 2)))
        return (h + skip(FIRResampling.downsample(x))) * (1 / Float(2).squareRoot())
    }
}
