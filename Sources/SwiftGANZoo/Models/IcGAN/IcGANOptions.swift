/// The `icgan:` section: IcGAN (Perarnau et al. 2016).
public struct IcGANOptions: ModelOptions {
    /// The conditional GAN's networks (as `cgan`'s); the encoders are DCGAN discriminator bodies with BatchNorm.
    public var networks = AdversarialNetworkOptions()
    /// minimax, non_saturating, least_squares, wasserstein or hinge.
    public var loss = "non_saturating"

    public init() {}
}
