/// The `infogan:` section: InfoGAN (Chen et al.), with a categorical code of
/// as many categories as the data has classes (10 without labels).
public struct InfoGANOptions: ModelOptions {
    public var networks = AdversarialNetworkOptions()
    /// minimax, non_saturating, least_squares, wasserstein or hinge.
    public var loss = "non_saturating"
    /// The continuous codes.
    public var continuousCodes = 2
    /// λ, the weight of the mutual-information loss.
    public var infoWeight: Float = 1
    /// The weight of the continuous codes' squared error within that loss.
    public var infoContinuousWeight: Float = 1

    public init() {}
}
