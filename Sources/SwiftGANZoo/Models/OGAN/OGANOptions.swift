/// The `ogan:` section: O-GAN (Su 2019).
public struct OGANOptions: ModelOptions {
    /// The networks, as `gan`'s; the discriminator has `latent_dimension` outputs.
    public var networks = AdversarialNetworkOptions()
    /// minimax, non_saturating, least_squares, wasserstein or hinge.
    public var loss = "non_saturating"
    /// λ of the correlation term in both players' losses.
    public var correlationWeight: Float = 0.5

    public init() {}
}
