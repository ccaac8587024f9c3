import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The MNIST networks of the InfoGAN paper (Chen et al., 2016, table 1):
/// a generator with a 1024-unit layer before the DCGAN upsampling, and a
/// discriminator whose body ends in a 1024-unit layer shared by the
/// adversarial output and Q's head (a 128-unit layer, then the code outputs).
/// Two stride-2 layers each way: any resolution divisible by 4 (the paper's 28).
public enum InfoGANNetworks {
    /// `z [N, latent] -> [N, channels, resolution, resolution]` in [-1, 1].
    /// - Parameters:
    ///   - latent: The width of the input: noise, categorical code and continuous codes.
    ///   - channels: The image channels.
    ///   - resolution: The side of the square output, a multiple of 4.
    ///   - rng: The stream the initial weights are drawn from.
    public static func generator(latent: Int, channels: Int = 1, resolution: Int = 28, generator rng: inout RandomGenerator) -> Sequential {
        let b = bottom(resolution)
        return Sequential(
            Linear(latent, 1024, generator: &rng), BatchNorm1d(1024), Activation(.relu),
            Linear(1024, 128 * b * b, generator: &rng), BatchNorm1d(128 * b * b), Activation(.relu), Reshape([128, b, b]),
            ConvTranspose2d(128, 64, kernel: 4, stride: 2, padding: 1, generator: &rng), BatchNorm2d(64), Activation(.relu),
            ConvTranspose2d(64, channels, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.tanh))
    }

    /// `x [N, channels, resolution, resolution] -> [N, 1 + codeOutputs]`: the adversarial logit, then Q's outputs.
    /// - Parameters:
    ///   - channels: The image channels.
    ///   - resolution: The side of the square input, a multiple of 4.
    ///   - codeOutputs: Q's outputs: the categorical code's logits and the continuous codes.
    ///   - rng: The stream the initial weights are drawn from.
    public static func discriminator(channels: Int = 1, resolution: Int = 28, codeOutputs: Int, generator rng: inout RandomGenerator) -> InfoGANDiscriminator {
        InfoGANDiscriminator(channels: channels, resolution: resolution, codeOutputs: codeOutputs, generator: &rng)
    }

    /// The side after two stride-2 layers.
    static func bottom(_ resolution: Int) -> Int {
        precondition(resolution >= 4 && resolution % 4 == 0, "InfoGANNetworks: resolution \(resolution) must be a multiple of 4")
        return resolution / 4
    }
}

/// InfoGAN's discriminator with its Q head; see `InfoGANNetworks`.
public final class InfoGANDiscriminator: Module, Layer {
    public let body: Sequential
    public let adversarial: Linear
    public let q: Sequential

    /// See `InfoGANNetworks.discriminator(channels:resolution:codeOutputs:generator:)`.
    public init(channels: Int, resolution: Int = 28, codeOutputs: Int, generator rng: inout RandomGenerator) {
        precondition(codeOutputs > 0, "InfoGANDiscriminator: codeOutputs must be positive, got \(codeOutputs)")
        let b = InfoGANNetworks.bottom(resolution)
        body = Sequential(
            Conv2d(channels, 64, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.leakyRelu(0.1)),
            Conv2d(64, 128, kernel: 4, stride: 2, padding: 1, generator: &rng), BatchNorm2d(128), Activation(.leakyRelu(0.1)),
            Flatten(), Linear(128 * b * b, 1024, generator: &rng), BatchNorm1d(1024), Activation(.leakyRelu(0.1)))
        adversarial = Linear(1024, 1, generator: &rng)
        q = Sequential(Linear(1024, 128, generator: &rng), BatchNorm1d(128), Activation(.leakyRelu(0.1)), Linear(128, codeOutputs, generator: &rng))
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let features = body(x)
        return Tensor.concat([adversarial(features), q(features)], axis: 1)
    }
}
