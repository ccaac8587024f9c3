import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// Autoencoders for BEGAN's discriminator: `x -> reconstruction of x`, same shape.
public enum BEGANAutoencoder {
    /// `x [N, input] -> [N, input]`: an MLP encoder to `code` units and an MLP decoder, ELU activations.
    /// - Parameters:
    ///   - input: The width of a sample.
    ///   - hidden: The width of the encoder's and decoder's hidden layer.
    ///   - code: The width of the bottleneck.
    ///   - rng: The stream the initial weights are drawn from.
    public static func mlp(input: Int = 2, hidden: Int = 64, code: Int = 8, generator rng: inout RandomGenerator) -> Sequential {
        Sequential(
            Linear(input, hidden, generator: &rng), Activation(.elu(1)), Linear(hidden, code, generator: &rng),
            Linear(code, hidden, generator: &rng), Activation(.elu(1)), Linear(hidden, input, generator: &rng))
    }

    /// `x [N, channels, R, R] -> [N, channels, R, R]` (R a multiple of 4, 28 by
    /// default): two strided convolutions to a `code`-unit bottleneck, two
    /// transposed convolutions back, ELU activations.
    /// - Parameters:
    ///   - channels: The image channels.
    ///   - resolution: The side of the square images, a multiple of 4.
    ///   - width: The channels of the first convolution (the second has twice as many).
    ///   - code: The width of the bottleneck.
    ///   - rng: The stream the initial weights are drawn from.
    public static func convolutional(
        channels: Int = 1, resolution: Int = 28, width: Int = 16, code: Int = 32, generator rng: inout RandomGenerator
    ) -> Sequential {
        precondition(resolution >= 4 && resolution % 4 == 0, "BEGANAutoencoder: resolution \(resolution) must be a multiple of 4")
        let b = resolution / 4
        return Sequential(
            Conv2d(channels, width, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.elu(1)),
            Conv2d(width, 2 * width, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.elu(1)),
            Flatten(), Linear(2 * width * b * b, code, generator: &rng),
            Linear(code, 2 * width * b * b, generator: &rng), Activation(.elu(1)), Reshape([2 * width, b, b]),
            ConvTranspose2d(2 * width, width, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.elu(1)),
            ConvTranspose2d(width, channels, kernel: 4, stride: 2, padding: 1, generator: &rng))
    }
}
