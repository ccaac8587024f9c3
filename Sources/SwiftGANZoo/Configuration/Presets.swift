/// Named configurations with published or measured hyperparameters, each a
/// small override of the defaults.
public enum Presets {
    /// Preset names with a one-line description.
    public static let descriptions: [(name: String, description: String)] = [
        ("ring8", "GAN on the ring of 8 Gaussians: MLP 3x128, non-saturating + R1 0.1, Adam 1e-3, EMA (8/8 modes, 95% high quality in 10k steps)"),
        ("grid25", "GAN on the 5x5 grid: MLP 3x256, non-saturating + R1 0.1, Adam 1e-3, EMA, 20k steps (25/25 modes, 96% high quality)"),
        ("ring8_wgan_gp", "WGAN-GP on the ring: 5 critic steps, Adam 1e-4 (0.5, 0.9), lambda 10"),
        ("mnist_dcgan", "DCGAN on MNIST (Radford et al.): Adam 2e-4 (0.5, 0.999), batch 64"),
        ("mnist_lsgan", "LSGAN on MNIST (Mao et al.): least squares, Adam 2e-4 (0.5, 0.999)"),
        ("mnist_wgan", "WGAN on MNIST (Arjovsky et al.): RMSProp 5e-5, 5 critic steps, clipping 0.01"),
        ("mnist_wgan_gp", "WGAN-GP on MNIST (Gulrajani et al.): Adam 1e-4 (0, 0.9), 5 critic steps, lambda 10, no BatchNorm in the critic"),
        ("mnist_dragan", "DRAGAN on MNIST (Kodali et al.): non-saturating + DRAGAN penalty 10"),
        ("mnist_cgan", "Conditional DCGAN on MNIST (Mirza & Osindero), labels as one-hot input and planes"),
        ("mnist_acgan", "ACGAN on MNIST (Odena et al.): auxiliary classifier head, 10k steps (96% classified as their label)"),
        ("mnist_infogan", "InfoGAN on MNIST (Chen et al.): 10-way categorical code and 2 continuous codes"),
        ("mnist_ssgan", "Semi-supervised GAN on MNIST (Salimans et al.): 10-class discriminator"),
        ("mnist_began", "BEGAN on MNIST (Berthelot et al.): autoencoder discriminator, gamma 0.5, Adam 1e-4"),
        ("polygons_dcgan", "DCGAN on the convex polygons of Lucic et al."),
        ("stacked_mnist_dcgan", "DCGAN on Stacked MNIST (1,000 modes), 3-channel 28x28"),
    ]

    /// The configuration of preset `name`, or an error listing the presets.
    public static func configuration(_ name: String) throws -> TrainingConfiguration {
        var c = TrainingConfiguration()
        switch name {
        case "ring8", "grid25":
            (c.dataset, c.batchSize, c.latentDimension, c.hidden) = (name == "ring8" ? "ring" : "grid", 512, 16, name == "ring8" ? 128 : 256)
            (c.penalty, c.penaltyWeight, c.generatorLearningRate, c.discriminatorLearningRate) = ("r1", 0.1, 1e-3, 1e-3)
            (c.emaBeta, c.learningRateDecay, c.steps) = (0.999, true, name == "ring8" ? 10_000 : 20_000)
        case "ring8_wgan_gp":
            (c.dataset, c.batchSize, c.latentDimension, c.loss, c.penalty, c.criticSteps) = ("ring", 512, 16, "wasserstein", "wgan_gp", 5)
            (c.generatorLearningRate, c.discriminatorLearningRate, c.beta1, c.beta2) = (1e-4, 1e-4, 0.5, 0.9)
        case "mnist_dcgan", "mnist_lsgan", "mnist_dragan", "mnist_cgan", "mnist_acgan", "mnist_infogan", "mnist_ssgan":
            (c.dataset, c.latentDimension, c.steps) = ("mnist", 100, 5_000)
            switch name {
            case "mnist_lsgan": c.loss = "least_squares"
            case "mnist_dragan": (c.penalty, c.penaltyWeight) = ("dragan", 10)
            case "mnist_cgan": c.model = "cgan"
            case "mnist_acgan": (c.model, c.steps) = ("acgan", 10_000)
            case "mnist_infogan": (c.model, c.latentDimension, c.generatorLearningRate) = ("infogan", 62, 1e-3)
            case "mnist_ssgan": c.model = "ssgan"
            default: break
            }
        case "mnist_began":
            (c.dataset, c.model, c.latentDimension, c.steps) = ("mnist", "began", 64, 5_000)
            (c.generatorLearningRate, c.discriminatorLearningRate, c.beta1) = (1e-4, 1e-4, 0.5)
        case "mnist_wgan":
            (c.dataset, c.latentDimension, c.loss, c.optimizer, c.criticSteps, c.weightClip) = ("mnist", 100, "wasserstein", "rmsprop", 5, 0.01)
            (c.generatorLearningRate, c.discriminatorLearningRate, c.steps) = (5e-5, 5e-5, 5_000)
        case "mnist_wgan_gp":
            (c.dataset, c.latentDimension, c.loss, c.penalty, c.criticSteps) = ("mnist", 100, "wasserstein", "wgan_gp", 5)
            (c.generatorLearningRate, c.discriminatorLearningRate, c.beta1, c.beta2, c.steps) = (1e-4, 1e-4, 0, 0.9, 5_000)
        case "polygons_dcgan":
            (c.dataset, c.latentDimension, c.steps) = ("polygons", 64, 5_000)
        case "stacked_mnist_dcgan":
            (c.dataset, c.latentDimension, c.steps) = ("stacked_mnist", 100, 5_000)
        default:
            throw ConfigurationError.unknown("preset", name, allowed: descriptions.map(\.name))
        }
        return c
    }
}
