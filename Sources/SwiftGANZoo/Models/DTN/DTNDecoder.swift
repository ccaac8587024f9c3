import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// DTN's generator g: from the encoder's features as a 1x1 map, a 4x4
/// transposed convolution to 4x4, then transposed convolutions that double
/// the side (batch norm, ReLU) to the target domain's images (tanh).
public final class DTNDecoder: Module, Layer {
    public let body: Sequential

    /// A decoder of `features` numbers to `channels`-channel images of `resolution` (a power of two from 8).
    public init(features: Int, width: Int, channels: Int, resolution: Int, generator rng: inout RandomGenerator) {
        precondition(resolution >= 8 && resolution & (resolution - 1) == 0, "DTNDecoder: the side \(resolution) must be a power of two from 8")
        let doublings = resolution.trailingZeroBitCount - 2
        let widths = (0..<doublings).map { width << (doublings - 1 - $0) }
        var layers: [any LayerModule] = [
            Reshape([features, 1, 1]), ConvTranspose2d(features, widths[0], kernel: 4, generator: &rng), BatchNorm2d(widths[0]), Activation(.relu),
        ]
        for level in 0..<(doublings - 1) {
            layers += [ConvTranspose2d(widths[level], widths[level + 1], kernel: 4, stride: 2, padding: 1, generator: &rng), BatchNorm2d(widths[level + 1]), Activation(.relu)]
        }
        layers += [ConvTranspose2d(widths[doublings - 1], channels, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.tanh)]
        body = Sequential(layers)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        body(x)
    }
}
