import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// One stage of ProGAN's discriminator: two 3x3 convolutions with the leaky
/// ReLU, the second changing the width, then 2x2 average pooling.
final class ProGANDownBlock: Module, Layer {
    let first: EqualizedConv2d
    let second: EqualizedConv2d

    init(_ input: Int, _ output: Int, generator: inout RandomGenerator) {
        first = ProGANLayers.conv(input, input, generator: &generator)
        second = ProGANLayers.conv(input, output, generator: &generator)
    }

    /// `[N, in, H, W]` to `[N, out, H/2, W/2]`.
    func callAsFunction(_ x: Tensor) -> Tensor {
        ProGANLayers.activate(second(ProGANLayers.activate(first(x)))).avgPool2d(kernel: (2, 2))
    }
}
