import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// StarGAN's generator (Choi et al. 2018): the image with the target code's
/// planes through a 7x7 convolution, two 4x4 stride-2 downsamplings,
/// `blocks` residual blocks, two 4x4 stride-2 transposed convolutions and a
/// 7x7 convolution to tanh; instance norm with affine parameters and ReLU
/// after each but the last; widths `width`, `2 width`, `4 width`. Every
/// convolution pads with zeros, as the paper's: the code's planes are
/// constant, and instance norm would remove all of them but what the zero
/// border makes vary, which is how the target reaches the network.
public final class StarGANGenerator: Module, Layer {
    public let body: Sequential

    /// A generator of `channels`-channel images given `codeLength` code planes.
    public init(channels: Int, codeLength: Int, width: Int, blocks: Int, generator rng: inout RandomGenerator) {
        precondition(width > 0 && blocks >= 0, "StarGANGenerator: width \(width) must be positive and blocks \(blocks) not negative")
        func normed(_ layer: any LayerModule, _ channels: Int) -> [any LayerModule] {
            [layer, InstanceNorm2d(channels, affine: true), Activation(.relu)]
        }
        var layers = normed(Conv2d(channels + codeLength, width, kernel: 7, padding: 3, bias: false, generator: &rng), width)
        layers += normed(Conv2d(width, 2 * width, kernel: 4, stride: 2, padding: 1, bias: false, generator: &rng), 2 * width)
        layers += normed(Conv2d(2 * width, 4 * width, kernel: 4, stride: 2, padding: 1, bias: false, generator: &rng), 4 * width)
        layers.append(ResidualStack(blocks: (0..<blocks).map { _ in
            Sequential(normed(Conv2d(4 * width, 4 * width, kernel: 3, padding: 1, bias: false, generator: &rng), 4 * width).dropLast()
                + [Conv2d(4 * width, 4 * width, kernel: 3, padding: 1, bias: false, generator: &rng), InstanceNorm2d(4 * width, affine: true)])
        }))
        layers += normed(ConvTranspose2d(4 * width, 2 * width, kernel: 4, stride: 2, padding: 1, bias: false, generator: &rng), 2 * width)
        layers += normed(ConvTranspose2d(2 * width, width, kernel: 4, stride: 2, padding: 1, bias: false, generator: &rng), width)
        layers += [Conv2d(width, channels, kernel: 7, padding: 3, bias: false, generator: &rng), Activation(.tanh)]
        body = Sequential(layers)
    }

    /// Images translated given their inputs with the code planes appended, `[N, C + codeLength, H, W]`.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        precondition(x.rank == 4 && x.shape[2] % 4 == 0 && x.shape[3] % 4 == 0, "StarGANGenerator: expected [N, C, H, W] with H and W multiples of 4, got \(x.shape)")
        return body(x)
    }
}
