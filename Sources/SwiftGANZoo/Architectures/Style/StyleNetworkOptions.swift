/// The keys StyleGAN and StyleGAN2 share, in their sections
/// (`stylegan.width`, `stylegan2.mapping_layers`, ...): the networks' sizes,
/// style mixing and R1.
public struct StyleNetworkOptions: FlattenedOptions {
    /// The noise's dimension.
    public var latentDimension = 128
    /// The style's dimension (w).
    public var styleDimension = 128
    /// Layers of the mapping network.
    public var mappingLayers = 8
    /// How fast the mapping network learns relative to the rest.
    public var mappingLearningRate: Float = 0.01
    /// The width at 4x4 and 8x8, halved at each larger resolution (the discriminator mirrors it).
    public var width = 256
    /// No stage is narrower than this.
    public var minimumWidth = 64
    /// The share of training batches whose layers take their styles from two noises (style mixing regularization).
    public var styleMixing: Float = 0.9
    /// The weight γ of R1 on real images, `γ/2 ‖∇D(x)‖²`.
    public var r1Gamma: Float = 0.01
    /// R1 runs every this many steps (lazily, scaled by the interval).
    public var r1Interval = 16
    /// The critic's minibatch standard deviation is taken over groups of this many images (the batch when smaller).
    public var groupSize = 4
    /// Adaptive discriminator augmentation (StyleGAN2-ADA): the value of
    /// `E[sign D(real)]` its probability steers towards, 0.6 in the paper; 0: off.
    public var adaTarget: Float = 0
    /// Steps between adjustments of the augmentation probability.
    public var adaInterval = 4
    /// Thousands of images over which the augmentation probability can move from 0 to 1.
    public var adaKimg: Float = 500

    /// Every key at its default.
    public init() {}

    /// The checks of these keys, for `ConfigurationError.firstFailure`.
    var checks: [(String, Bool, String)] {
        let limit = ConfigurationLimits.width
        return [
            ("latent_dimension", (1...limit).contains(latentDimension), "must be from 1 to \(limit)"),
            ("style_dimension", (1...limit).contains(styleDimension), "must be from 1 to \(limit)"),
            ("mapping_layers", (1...ConfigurationLimits.layers).contains(mappingLayers), "must be from 1 to \(ConfigurationLimits.layers)"),
            ("mapping_learning_rate", mappingLearningRate > 0 && mappingLearningRate <= 1, "must be in (0, 1]"),
            ("width", (1...limit).contains(width), "must be from 1 to \(limit)"),
            ("minimum_width", (1...width).contains(minimumWidth), "must be from 1 to width (\(width))"),
            ("style_mixing", (0...1).contains(styleMixing), "must be in [0, 1]"),
            ("r1_gamma", r1Gamma >= 0, "must not be negative"),
            ("r1_interval", r1Interval > 0, "must be positive"),
            ("group_size", groupSize > 0, "must be positive"),
            ("ada_target", adaTarget >= 0 && adaTarget < 1, "must be in [0, 1) (0: no adaptive augmentation)"),
            ("ada_interval", adaInterval > 0, "must be positive"),
            ("ada_kimg", adaKimg > 0, "must be positive"),
        ]
    }

    /// The critic's minibatch standard deviation needs the batch, and the half
    /// batch the path-length penalty draws, to divide into its groups.
    func checkBatch(_ batch: Int, model: String) throws {
        for size in [batch, max(1, batch / 2)] where size % min(groupSize, size) != 0 {
            throw ConfigurationError(
                key: "batch_size",
                problem: "\(model)'s minibatch standard deviation works on groups of \(groupSize) (group_size); \(size) images do not divide into them, got batch_size \(batch)")
        }
    }

    /// How a style-based GAN with these options trains, with StyleGAN2's path-length penalty when its weight is positive.
    func training(pathLengthWeight: Float = 0, pathLengthInterval: Int = 4) -> StyleTraining {
        StyleTraining(
            latentDimension: latentDimension, styleMixing: styleMixing, r1Gamma: r1Gamma, r1Interval: r1Interval,
            pathLengthWeight: pathLengthWeight, pathLengthInterval: pathLengthInterval,
            augmentTarget: adaTarget, augmentInterval: adaInterval, augmentSpeedImages: adaKimg * 1000)
    }
}
