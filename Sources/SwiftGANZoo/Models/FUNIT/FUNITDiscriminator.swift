import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// FUNIT's multi-task discriminator: 4x4 stride-2 convolutions with leaky
/// ReLU 0.2 down to 4x4, then a 1x1 convolution giving one patch map per
/// training class; an image is judged by its class's map only.
public final class FUNITDiscriminator: Module {
    public let body: Sequential
    public let heads: Conv2d

    /// A discriminator of `channels`-channel images of `resolution` (a power of two from 8) and `classes` classes.
    public init(channels: Int, width: Int, resolution: Int, classes: Int, generator rng: inout RandomGenerator) {
        precondition(resolution >= 8 && resolution & (resolution - 1) == 0, "FUNITDiscriminator: the side \(resolution) must be a power of two from 8")
        var layers: [any LayerModule] = []
        for level in 0..<(resolution.trailingZeroBitCount - 2) {
            layers += [Conv2d(level == 0 ? channels : width << (level - 1), width << level, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.leakyRelu(0.2))]
        }
        body = Sequential(layers)
        heads = Conv2d(width << (resolution.trailingZeroBitCount - 3), classes, kernel: 1, generator: &rng)
    }

    /// The features `[N, F, 4, 4]` of `x` and its patch logits `[N, 1, 4, 4]` by the map of each image's class.
    public func callAsFunction(_ x: Tensor, classes: [Int]) -> (logits: Tensor, features: Tensor) {
        let features = body(x)
        let maps = heads(features)
        let (n, h, w) = (maps.shape[0], maps.shape[2], maps.shape[3])
        let index = NDArray(classes.flatMap { [Float](repeating: Float($0), count: h * w) }, shape: [n, 1, h, w])
        return (maps.gather(axis: 1, index: index), features)
    }
}
