import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Noise2Noise's U-Net (Lehtinen et al.), narrowed by `width`: 3x3
/// convolutions with leaky ReLU 0.1 and no normalization; two at full size
/// then one per stage, each stage halved by 2x2 max pooling `depth` times;
/// the decoder doubles back with nearest upsampling, joins the mirror
/// stage's features and convolves twice at twice the width; the last stage
/// joins the input itself and ends in a linear convolution to `channels`.
public final class DenoisingUNet: Module, Layer {
    public let encoder: [Sequential]
    public let bottom: Sequential
    public let decoder: [Sequential]
    public let depth: Int

    public init(channels: Int, width: Int, depth: Int, generator rng: inout RandomGenerator) {
        precondition(depth >= 1 && width > 0, "DenoisingUNet: depth \(depth) must be at least 1 and width \(width) positive")
        self.depth = depth
        func conv(_ i: Int, _ o: Int, _ rng: inout RandomGenerator) -> [any LayerModule] {
            [Conv2d(i, o, kernel: 3, padding: 1, generator: &rng), Activation(.leakyRelu(0.1))]
        }
        encoder = (0..<depth).map { i in Sequential(i == 0 ? conv(channels, width, &rng) + conv(width, width, &rng) : conv(width, width, &rng)) }
        bottom = Sequential(conv(width, width, &rng))
        decoder = (0..<depth).map { i in
            let below = i == depth - 1 ? width : 2 * width
            guard i > 0 else {
                return Sequential(conv(below + channels, 64, &rng) + conv(64, 32, &rng) + [Conv2d(32, channels, kernel: 3, padding: 1, generator: &rng)])
            }
            return Sequential(conv(below + width, 2 * width, &rng) + conv(2 * width, 2 * width, &rng))
        }
    }

    /// Sides that are not multiples of `2^depth` are padded by repeating the
    /// last row and column, and the output is cut back to the input's size.
    public func callAsFunction(_ input: Tensor) -> Tensor {
        precondition(input.shape.count == 4, "DenoisingUNet: expected [N, C, H, W], got \(input.shape)")
        let multiple = 1 << depth
        let (height, width) = (input.shape[2], input.shape[3])
        let (extraRows, extraColumns) = ((multiple - height % multiple) % multiple, (multiple - width % multiple) % multiple)
        guard extraRows == 0 && extraColumns == 0 else {
            let padded = input.pad([(0, 0), (0, 0), (0, extraRows), (0, extraColumns)], mode: .replicate)
            return callAsFunction(padded).slice(axis: 2, start: 0, end: height).slice(axis: 3, start: 0, end: width)
        }
        let x = input
        var skips = [x]
        var h = x
        for stage in encoder {
            h = stage(h).maxPool2d(kernel: (2, 2))
            skips.append(h)
        }
        h = bottom(h)
        for i in stride(from: depth - 1, through: 0, by: -1) {
            h = decoder[i](Tensor.concat([h.upsampleNearest(scale: 2), skips[i]], axis: 1))
        }
        return h
    }
}
