/// The `acgan:` section: the auxiliary-classifier GAN of Odena et al.
public struct ACGANOptions: ModelOptions {
    public var networks = AdversarialNetworkOptions()
    /// minimax, non_saturating, least_squares, wasserstein or hinge.
    public var loss = "non_saturating"
    /// The weight of the classification terms.
    public var classWeight: Float = 1

    public init() {}
}
