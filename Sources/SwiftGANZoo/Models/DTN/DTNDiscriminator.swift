import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// DTN's discriminator: DCGAN's stride-2 convolutions (batch norm after the
/// first, leaky ReLU 0.2) down to 4x4, then a 4x4 convolution to three
/// logits: a translated source image, a translated target image, a real
/// target image.
public final class DTNDiscriminator: Module, Layer {
    public static let translatedSource = 0, translatedTarget = 1, realTarget = 2
    public let body: Sequential

    /// A discriminator of `channels`-channel images of `resolution` (a power of two from 8).
    public init(channels: Int, width: Int, resolution: Int, generator rng: inout RandomGenerator) {
        precondition(resolution >= 8 && resolution & (resolution - 1) == 0, "DTNDiscriminator: the side \(resolution) must be a power of two from 8")
        let halvings = resolution.trailingZeroBitCount - 2
        var layers: [any LayerModule] = [Conv2d(channels, width, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.leakyRelu(0.2))]
        for level in 1..<halvings {
            let (from, to) = (width << (level - 1), width << level)
            layers += [Conv2d(from, to, kernel: 4, stride: 2, padding: 1, generator: &rng), BatchNorm2d(to), Activation(.leakyRelu(0.2))]
        }
        layers += [Conv2d(width << (halvings - 1), 3, kernel: 4, generator: &rng), Flatten()]
        body = Sequential(layers)
    }

    /// The three logits `[N, 3]` of each image.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        body(x)
    }
}
