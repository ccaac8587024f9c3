import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// DTN's fixed encoder f: three 3x3 convolutions (ReLU, 2x2 max pooling)
/// from the source domain's images to `features` numbers, and a linear
/// classification head that trains it on the source domain's labels before
/// the translation starts. Images of another channel count are turned into
/// the source's (gray repeated, colour averaged), so f reads both domains.
public final class DTNEncoder: Module, Layer {
    public let body: Sequential
    public let head: Linear
    public let channels: Int

    /// An encoder of `channels`-channel images of `resolution` (a multiple of 8), convolutions `width`, `2 width`, `4 width` wide.
    public init(channels: Int, width: Int, features: Int, classes: Int, resolution: Int, generator rng: inout RandomGenerator) {
        precondition(resolution % 8 == 0, "DTNEncoder: the side \(resolution) must be a multiple of 8")
        self.channels = channels
        let side = resolution / 8
        body = Sequential(
            Conv2d(channels, width, kernel: 3, padding: 1, generator: &rng), Activation(.relu), MaxPool2d(kernel: 2),
            Conv2d(width, 2 * width, kernel: 3, padding: 1, generator: &rng), Activation(.relu), MaxPool2d(kernel: 2),
            Conv2d(2 * width, 4 * width, kernel: 3, padding: 1, generator: &rng), Activation(.relu), MaxPool2d(kernel: 2),
            Flatten(), Linear(4 * width * side * side, features, generator: &rng), Activation(.relu))
        head = Linear(features, classes, generator: &rng)
    }

    /// The features `[N, features]` of images `[N, C, H, W]`, any C of 1 or the encoder's.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        body(Self.converted(x, to: channels))
    }

    /// Class logits of the features, for the encoder's warm-up.
    public func classify(_ x: Tensor) -> Tensor {
        head(self(x))
    }

    /// `x` with `channels` channels: gray repeated, colour averaged to gray.
    static func converted(_ x: Tensor, to channels: Int) -> Tensor {
        let have = x.shape[1]
        if have == channels { return x }
        if have == 1 { return Tensor.concat([Tensor](repeating: x, count: channels), axis: 1) }
        precondition(channels == 1, "DTNEncoder: cannot turn \(have) channels into \(channels)")
        return x.mean(axes: [1], keepDims: true)
    }
}
