import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// One stage of ProGAN's generator: nearest-neighbour upsampling by 2, then
/// two 3x3 convolutions, each followed by the leaky ReLU and pixel norm.
final class ProGANUpBlock: Module, Layer {
    let first: EqualizedConv2d
    let second: EqualizedConv2d
    let norm = PixelNorm()

    init(_ input: Int, _ output: Int, generator: inout RandomGenerator) {
        first = ProGANLayers.conv(input, output, generator: &generator)
        second = ProGANLayers.conv(output, output, generator: &generator)
    }

    /// `[N, in, H, W]` to `[N, out, 2H, 2W]`.
    func callAsFunction(_ x: Tensor) -> Tensor {
        let h = norm(ProGANLayers.activate(first(x.upsampleNearest(scale: 2))))
        return norm(ProGANLayers.activate(second(h)))
    }
}
