/// The `gan:` section: the unconditional GAN and the Level 1 techniques
/// that are configurations of it (LSGAN, WGAN, WGAN-GP, DRAGAN, SNGAN, RaGAN, R1).
public struct GANOptions: ModelOptions {
    public var networks = AdversarialNetworkOptions()
    /// minimax, non_saturating, least_squares, wasserstein, hinge, relativistic_average.
    public var loss = "non_saturating"
    /// wgan_gp, dragan, r1, r2, or nil for none.
    public var penalty: String?
    /// λ of WGAN-GP/DRAGAN, γ of R1/R2.
    public var penaltyWeight: Float = 10
    /// The penalty runs every this many steps (lazy regularization).
    public var regularizationInterval = 1
    /// WGAN's weight clipping bound.
    public var weightClip: Float?
    /// One-sided label smoothing: real targets become 1 - label_smoothing.
    public var labelSmoothing: Float = 0
    /// Instance noise standard deviation, decayed to 0 over the run.
    public var instanceNoise: Float = 0
    /// DiffAugment policy such as "color,translation,cutout".
    public var diffAugment: String?
    /// PacGAN packing (1: none).
    public var packing = 1
    /// Train the generator by feature matching instead of the adversarial loss.
    public var featureMatching = false

    public init() {}
}
