import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The DCGAN networks for 28x28 images (MNIST), exactly the dcgan28 case of the
/// benchmark, with the same `Sequential` indices as PyTorch's `nn.Sequential`.
public enum DCGAN28 {
    /// `z [N, latent] -> [N, channels, 28, 28]` in [-1, 1].
    public static func generator(latent: Int = 100, channels: Int = 1, generator rng: inout RandomGenerator) -> Sequential {
        Sequential(
            Linear(latent, 128 * 7 * 7, generator: &rng), BatchNorm1d(128 * 7 * 7), Activation(.relu), Reshape([128, 7, 7]),
            ConvTranspose2d(128, 64, kernel: 4, stride: 2, padding: 1, generator: &rng), BatchNorm2d(64), Activation(.relu),
            ConvTranspose2d(64, channels, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.tanh))
    }

    /// `x [N, channels, 28, 28] -> [N, outputs]` logits. Without `batchNorm` (critics
    /// trained with a gradient penalty) the BatchNorm becomes an identity, keeping indices.
    public static func discriminator(channels: Int = 1, batchNorm: Bool = true, outputs: Int = 1, generator rng: inout RandomGenerator) -> Sequential {
        Sequential(
            Conv2d(channels, 64, kernel: 4, stride: 2, padding: 1, generator: &rng), Activation(.leakyRelu(0.2)),
            Conv2d(64, 128, kernel: 4, stride: 2, padding: 1, generator: &rng),
            batchNorm ? BatchNorm2d(128) : Activation(.identity), Activation(.leakyRelu(0.2)),
            Flatten(), Linear(128 * 7 * 7, outputs, generator: &rng))
    }
}
