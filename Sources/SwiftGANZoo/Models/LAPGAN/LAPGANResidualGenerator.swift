import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// A finer level's generator: the coarse image and a plane of noise as
/// `channels + 1` input channels, two 3x3 convolutions with batch norm and
/// ReLU, and a 3x3 convolution to the residual (not squashed).
final class LAPGANResidualGenerator: Module, Layer {
    let body: Sequential

    init(channels: Int, width: Int, generator rng: inout RandomGenerator) {
        body = Sequential([
            Conv2d(channels + 1, width, kernel: 3, padding: 1, generator: &rng), BatchNorm(width), Activation(.relu),
            Conv2d(width, width, kernel: 3, padding: 1, generator: &rng), BatchNorm(width), Activation(.relu),
            Conv2d(width, channels, kernel: 3, padding: 1, generator: &rng),
        ])
    }

    /// The residual `[N, C, R, R]` for `coarse [N, C, R, R]` and `noise [N, 1, R, R]`.
    func callAsFunction(_ input: Tensor) -> Tensor { body(input) }
}
