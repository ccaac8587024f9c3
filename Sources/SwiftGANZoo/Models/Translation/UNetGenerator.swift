import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// pix2pix's U-Net generator (Isola et al. 2017): `depth` 4x4 stride-2
/// convolutions halve the image (down to 1x1 in pix2pix; LeakyReLU 0.2
/// before each but the first, a norm after each but the first and the
/// innermost), then as many 4x4 stride-2 transposed convolutions double it
/// back (ReLU before each, a norm after each but the last, which ends in
/// tanh), each taking the mirror encoder stage's output concatenated with
/// the decoder's. Without `skips`, the plain encoder-decoder of DiscoGAN.
/// Widths `width * min(2^i, 8)`; input `[N, inChannels, S, S]` with `S` a multiple of `2^depth`.
public final class UNetGenerator: Module, Layer {
    /// Encoder stages, outermost first.
    public let down: [Sequential]
    /// Decoder stages, outermost first (applied innermost first).
    public let up: [Sequential]
    /// Whether each decoder stage also takes its mirror encoder stage's output.
    public let skips: Bool

    public init(inChannels: Int, outChannels: Int, width: Int, depth: Int, norm: TranslationNorm, skips: Bool = true, generator rng: inout RandomGenerator) {
        precondition(depth >= 2 && width > 0, "UNetGenerator: depth \(depth) must be at least 2 and width \(width) positive")
        self.skips = skips
        let channels = (0..<depth).map { width * min(1 << $0, 8) }
        let initializer = Initializer.normal(mean: 0, std: 0.02)
        down = (0..<depth).map { i in
            let normed = i > 0 && i < depth - 1
            let conv = Conv2d(i == 0 ? inChannels : channels[i - 1], channels[i], kernel: 4, stride: 2, padding: 1,
                              bias: !normed || norm.convolutionBias, initializer: initializer, generator: &rng)
            let layers: [(any LayerModule)?] = [i > 0 ? Activation(.leakyRelu(0.2)) : nil, conv, normed ? norm.layer(channels[i]) : nil]
            return Sequential(layers.compactMap { $0 })
        }
        up = (0..<depth).map { i in
            let input = i == depth - 1 || !skips ? channels[i] : 2 * channels[i]
            let output = i == 0 ? outChannels : channels[i - 1]
            let conv = ConvTranspose2d(input, output, kernel: 4, stride: 2, padding: 1, bias: i == 0 || norm.convolutionBias,
                                       initializer: initializer, generator: &rng)
            let layers: [(any LayerModule)?] = [Activation(.relu), conv, i == 0 ? Activation(.tanh) : norm.layer(output)]
            return Sequential(layers.compactMap { $0 })
        }
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let multiple = 1 << down.count
        precondition(x.rank == 4 && x.shape[2] % multiple == 0 && x.shape[3] % multiple == 0, "UNetGenerator: expected [N, C, H, W] with H and W multiples of \(multiple), got \(x.shape)")
        var skips: [Tensor] = []
        var h = x
        for stage in down {
            h = stage(h)
            skips.append(h)
        }
        for i in stride(from: up.count - 1, through: 0, by: -1) {
            h = up[i](i == up.count - 1 || !self.skips ? h : Tensor.concat([skips[i], h], axis: 1))
        }
        return h
    }
}
