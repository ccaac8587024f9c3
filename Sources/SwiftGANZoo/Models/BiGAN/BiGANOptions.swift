/// The `bigan:` section: BiGAN (Donahue et al. 2017) / ALI (Dumoulin et al. 2017).
public struct BiGANOptions: ModelOptions {
    /// The width of z.
    public var latentDimension = 64
    /// The width of the discriminator's latent branch and joint MLP.
    public var hidden = 512
    /// non_saturating (the papers'), hinge or wasserstein.
    public var loss = "non_saturating"

    public init() {}
}
