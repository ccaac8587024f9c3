/// The `tlgan:` section: TL-GAN (Guan 2018): an unconditional GAN whose latent directions are fitted after training.
public struct TLGANOptions: ModelOptions {
    /// The networks, as `gan`'s.
    public var networks = AdversarialNetworkOptions()
    /// minimax, non_saturating, least_squares, wasserstein or hinge.
    public var loss = "non_saturating"
    /// DiffAugment policy such as "color,translation,cutout" for every discriminator input; nil: none.
    public var diffAugment: String?

    public init() {}
}
