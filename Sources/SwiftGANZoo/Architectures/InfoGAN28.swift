import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The MNIST networks of the InfoGAN paper (Chen et al., 2016, table 1):
/// a generator with a 1024-unit layer before the DCGAN upsampling, and a
/// discriminator whose body ends in a 1024-unit layer shared by the
/// adversarial output and Q's head (a 128-unit layer, then the code outputs).
public enum InfoGAN28 {
    /// `z [N, latent] -> [N, channels, 28, 28]` in [-1, 1].
    public static func generator(latent: Int, channels: Int = 1, generator rng: inout RandomGenerator) -> Sequential {
        Sequential(
            Linear(latent, 1024, generator: &rng), BatchNorm1d(1024), Activation(.relu),
            Linear(1024, 128 * 7 * 7, generator: &rng), BatchNorm1d(128 * 7 * 7), Activation(.relu), Reshape([128, 7, 7]),
            ConvTranspose2d(128, 64, kernel: 4, stride: 2, padding: 1, generator: &rng), BatchNorm2d(64), Activation(.relu),
            ConvTranspose2d(64, channels, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.tanh))
    }

    /// `x [N, channels, 28, 28] -> [N, 1 + codeOutputs]`: the adversarial logit, then Q's outputs.
    public static func discriminator(channels: Int = 1, codeOutputs: Int, generator rng: inout RandomGenerator) -> InfoGAN28Discriminator {
        InfoGAN28Discriminator(channels: channels, codeOutputs: codeOutputs, generator: &rng)
    }
}

/// InfoGAN's discriminator with its Q head; see `InfoGAN28`.
public final class InfoGAN28Discriminator: Module, Layer {
    public let body: Sequential
    public let adversarial: Linear
    public let q: Sequential

    public init(channels: Int, codeOutputs: Int, generator rng: inout RandomGenerator) {
        precondition(codeOutputs > 0, "InfoGAN28Discriminator: codeOutputs must be positive, got \(codeOutputs)")
        body = Sequential(
            Conv2d(channels, 64, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.leakyRelu(0.1)),
            Conv2d(64, 128, kernel: 4, stride: 2, padding: 1, generator: &rng), BatchNorm2d(128), Activation(.leakyRelu(0.1)),
            Flatten(), Linear(128 * 7 * 7, 1024, generator: &rng), BatchNorm1d(1024), Activation(.leakyRelu(0.1)))
        adversarial = Linear(1024, 1, generator: &rng)
        q = Sequential(Linear(1024, 128, generator: &rng), BatchNorm1d(128), Activation(.leakyRelu(0.1)), Linear(128, codeOutputs, generator: &rng))
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let features = body(x)
        return Tensor.concat([adversarial(features), q(features)], axis: 1)
    }
}
