import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// StarGAN's discriminator (Choi et al. 2018): 4x4 stride-2 convolutions
/// with leaky ReLU 0.01 (no normalization) down to 4x4, widths doubling
/// from `width`; then two heads on the shared features: a 3x3 convolution
/// judging each patch real or fake, and a 4x4 one giving the logits of
/// every attribute group's levels (the domain classifier).
public final class StarGANDiscriminator: Module {
    public let body: Sequential
    public let source: Conv2d
    public let classifier: Conv2d

    /// A discriminator of `channels`-channel images of `resolution` (a power of two from 8) and `codeLength` level logits.
    public init(channels: Int, width: Int, resolution: Int, codeLength: Int, generator rng: inout RandomGenerator) {
        precondition(resolution >= 8 && resolution & (resolution - 1) == 0, "StarGANDiscriminator: the side \(resolution) must be a power of two from 8")
        let halvings = resolution.trailingZeroBitCount - 2
        var layers: [any LayerModule] = []
        for level in 0..<halvings {
            let from = level == 0 ? channels : width << (level - 1)
            layers += [Conv2d(from, width << level, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.leakyRelu(0.01))]
        }
        body = Sequential(layers)
        let top = width << (halvings - 1)
        source = Conv2d(top, 1, kernel: 3, padding: 1, bias: false, generator: &rng)
        classifier = Conv2d(top, codeLength, kernel: 4, bias: false, generator: &rng)
    }

    /// The patch scores `[N, 1, 4, 4]` and the level logits `[N, codeLength]` of `x`.
    public func callAsFunction(_ x: Tensor) -> (source: Tensor, levels: Tensor) {
        let h = body(x)
        return (source(h), classifier(h).flatten())
    }
}
