/// Everything that defines a training run, with defaults in code; presets and
/// (later) YAML files override single keys. Names are the configuration keys.
public struct TrainingConfiguration: Codable, Equatable, Sendable {
    /// gan, cgan, acgan, infogan, ssgan (semi-supervised), began: what is trained against what.
    public var model = "gan"
    /// ring, grid, swiss_roll, spiral, mnist, polygons, stacked_mnist, or your own:
    /// folder (a folder of images) or npy (an array `[N, C, 28, 28]` in [0, 1]), read from `dataPath`.
    public var dataset = "ring"
    /// The folder or NPY file of the `folder` and `npy` datasets.
    public var dataPath: String?
    /// The channels images of the `folder` dataset are read with (1 or 3).
    public var channels = 1
    /// mlp (2-D data), dcgan28 (28x28), resnet28 (SNGAN's ResNets at 28x28),
    /// infogan28 (InfoGAN's 28x28 networks); nil: chosen by the dataset.
    public var architecture: String?
    /// The discriminator's normalization, as compare_gan varies it: none,
    /// batch_norm, layer_norm or spectral_norm; nil: the architecture's own
    /// (batch_norm for dcgan28, none with a gradient penalty, spectral_norm for
    /// resnet28, none for mlp).
    public var discriminatorNormalization: String?
    /// Minibatch discrimination (Salimans et al.) before the discriminator's
    /// last layer (mlp and dcgan28).
    public var minibatchDiscrimination = false
    /// minimax, non_saturating, least_squares, wasserstein, hinge, relativistic_average.
    public var loss = "non_saturating"
    /// wgan_gp, dragan, r1, r2, or nil for none.
    public var penalty: String?
    /// λ of WGAN-GP/DRAGAN, γ of R1/R2.
    public var penaltyWeight: Float = 10
    /// The penalty runs every this many steps (lazy regularization).
    public var regularizationInterval = 1
    public var batchSize = 64
    public var steps = 10_000
    public var latentDimension = 64
    /// Width and depth of the MLP architecture; `hidden` is also the channel
    /// width of resnet28.
    public var hidden = 128
    public var layers = 3
    /// adam, rmsprop, sgd.
    public var optimizer = "adam"
    public var generatorLearningRate: Float = 2e-4
    public var discriminatorLearningRate: Float = 2e-4
    public var beta1: Float = 0.5
    public var beta2: Float = 0.999
    /// Decay both learning rates linearly to 5% over the second half of the run.
    public var learningRateDecay = false
    /// Discriminator updates per generator update.
    public var criticSteps = 1
    /// WGAN's weight clipping bound.
    public var weightClip: Float?
    /// One-sided label smoothing: real targets become 1 - labelSmoothing.
    public var labelSmoothing: Float = 0
    /// Instance noise standard deviation, decayed to 0 over the run.
    public var instanceNoise: Float = 0
    /// DiffAugment policy such as "color,translation,cutout".
    public var diffAugment: String?
    /// PacGAN packing (1: none).
    public var packing = 1
    /// λ of historical averaging on both players (Salimans et al.); 0: off.
    public var historicalAveraging: Float = 0
    /// Train the generator by feature matching instead of the adversarial loss.
    public var featureMatching = false
    /// The generator's moving average per update (nil: none).
    public var emaBeta: Double?
    /// Semi-supervised training: keep this many labels per class and hold out
    /// `heldOut` examples (a fixed seeded split) for measuring accuracy; nil: all labels.
    public var labeledPerClass: Int?
    /// The examples held out of training when `labeledPerClass` is set.
    public var heldOut = 2_000
    /// InfoGAN's continuous codes.
    public var continuousCodes = 2
    /// InfoGAN's λ, the weight of the mutual-information loss.
    public var infoWeight: Float = 1
    /// InfoGAN's weight of the continuous codes' squared error within that loss.
    public var infoContinuousWeight: Float = 1
    public var seed: UInt64 = 0
    /// The threads of the kernels and oneDNN; nil: `OMP_NUM_THREADS`, else
    /// every core. A run records the count it trains with, since results
    /// repeat bit for bit only at the same count.
    public var threads: Int?
    /// Metrics to `metrics.jsonl`, TensorBoard and the loss plot every this many steps.
    public var logEvery = 100
    /// A fixed-latent sample grid every this many steps.
    public var sampleEvery = 500
    /// A checkpoint, and the evaluation that picks the best one, every this many steps.
    public var checkpointEvery = 1_000
    /// The newest step checkpoints a run keeps, besides `best.safetensors`.
    public var keepCheckpoints = 3

    public init() {}
}
