import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// A finer level's discriminator: the image (coarse plus residual) and its
/// coarse image as `2 · channels` input channels, two 5x5 stride-2
/// convolutions with the leaky ReLU, and a linear map to one score.
final class LAPGANResidualDiscriminator: Module, Layer {
    let body: Sequential

    init(channels: Int, side: Int, width: Int, generator rng: inout RandomGenerator) {
        body = Sequential([
            Conv2d(2 * channels, width, kernel: 5, stride: 2, padding: 2, generator: &rng), Activation(.leakyRelu(0.2)),
            Conv2d(width, width, kernel: 5, stride: 2, padding: 2, generator: &rng), Activation(.leakyRelu(0.2)),
            Flatten(), Linear(width * (side / 4) * (side / 4), 1, generator: &rng),
        ])
    }

    /// Scores `[N, 1]` of `input [N, 2C, R, R]` (image, then its coarse version).
    func callAsFunction(_ input: Tensor) -> Tensor { body(input) }
}
