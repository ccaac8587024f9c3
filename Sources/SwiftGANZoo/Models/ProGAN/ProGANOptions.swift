/// The `progan:` section: ProGAN (Karras et al. 2018), its networks and its
/// growth. Training starts at 4x4; every `stage_images` images the next
/// resolution starts, its layers fading in over the first `fade_images`;
/// the last stage trains until the run's end.
public struct ProGANOptions: ModelOptions {
    /// The noise's dimension (normalized to the unit sphere's radius √d by pixel norm).
    public var latentDimension = 128
    /// The width at 4x4 and 8x8, halved at each larger resolution (the discriminator mirrors it).
    public var width = 256
    /// No stage is narrower than this.
    public var minimumWidth = 32
    /// Images each resolution trains on before the next one starts (its fade-in included).
    public var stageImages = 96_000
    /// Images over which a new resolution's layers fade in.
    public var fadeImages = 48_000
    /// The weight λ of WGAN-GP's penalty on the critic's gradient norm.
    public var gradientPenalty: Float = 10
    /// The weight ε of the drift term `ε · E[D(x)²]` that keeps real scores near 0.
    public var drift: Float = 0.001
    /// Samples per group of the critic's minibatch standard deviation.
    public var groupSize = 4

    public init() {}
}
