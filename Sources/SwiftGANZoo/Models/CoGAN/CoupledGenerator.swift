import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// CoGAN's pair of generators (Liu and Tuzel 2016): one trunk shared by
/// both, from the latent through a linear layer to 4x4 and DCGAN's
/// transposed convolutions (batch norm, ReLU) up to half the image side,
/// where the high-level structure is decided once; then a last transposed
/// convolution and tanh of each domain's own, which renders the shared
/// structure in that domain's look. Widths halve from `8 width` to `width`.
public final class CoupledGenerator: Module {
    public let trunk: Sequential
    public let heads: [Sequential]

    /// Generators of `channels.a` and `channels.b` images of `resolution` (a power of two from 8).
    public init(latent: Int, width: Int, channels: (a: Int, b: Int), resolution: Int, generator rng: inout RandomGenerator) {
        precondition(resolution >= 8 && resolution & (resolution - 1) == 0, "CoupledGenerator: resolution \(resolution) is not a power of two from 8")
        let doublings = resolution.trailingZeroBitCount - 2
        let widths = (0..<doublings).map { width << max(0, doublings - 1 - $0) }
        var layers: [any LayerModule] = [Linear(latent, widths[0] * 16, generator: &rng), BatchNorm1d(widths[0] * 16), Activation(.relu), Reshape([widths[0], 4, 4])]
        for level in 0..<(doublings - 1) {
            layers += [ConvTranspose2d(widths[level], widths[level + 1], kernel: 4, stride: 2, padding: 1, generator: &rng), BatchNorm2d(widths[level + 1]), Activation(.relu)]
        }
        trunk = Sequential(layers)
        heads = [channels.a, channels.b].map { Sequential(ConvTranspose2d(widths[doublings - 1], $0, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.tanh)) }
    }

    /// The pair of images `z` stands for, one per domain.
    public func callAsFunction(_ z: Tensor) -> (a: Tensor, b: Tensor) {
        let shared = trunk(z)
        return (heads[0](shared), heads[1](shared))
    }
}
