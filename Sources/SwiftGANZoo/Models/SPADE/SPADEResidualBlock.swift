import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// SPADE's residual block: SPADE, LeakyReLU 0.2 and a 3x3 convolution,
/// twice (to the narrower of the two widths, then the output's), added to
/// the input, or when the widths differ to a learned shortcut (SPADE and a
/// 1x1 convolution without bias).
public final class SPADEResidualBlock: Module {
    public let norms: [SpatiallyAdaptiveNorm]
    public let convs: [Conv2d]
    public let shortcutNorm: SpatiallyAdaptiveNorm?
    public let shortcut: Conv2d?

    public init(from input: Int, to output: Int, labelChannels: Int, hidden: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) {
        let middle = min(input, output)
        norms = [input, middle].map { SpatiallyAdaptiveNorm(channels: $0, labelChannels: labelChannels, hidden: hidden, norm: norm, generator: &rng) }
        convs = [Conv2d(input, middle, kernel: 3, padding: 1, generator: &rng), Conv2d(middle, output, kernel: 3, padding: 1, generator: &rng)]
        let learned = input != output
        shortcutNorm = learned ? SpatiallyAdaptiveNorm(channels: input, labelChannels: labelChannels, hidden: hidden, norm: norm, generator: &rng) : nil
        shortcut = learned ? Conv2d(input, output, kernel: 1, bias: false, generator: &rng) : nil
    }

    public func callAsFunction(_ x: Tensor, map: Tensor) -> Tensor {
        let h = convs[0](norms[0](x, map: map).leakyRelu(slope: 0.2))
        let branch = convs[1](norms[1](h, map: map).leakyRelu(slope: 0.2))
        guard let shortcut, let shortcutNorm else { return x + branch }
        return shortcut(shortcutNorm(x, map: map)) + branch
    }
}
