/// The `cgan:` section: the conditional GAN of Mirza & Osindero.
public struct CGANOptions: ModelOptions {
    public var networks = AdversarialNetworkOptions()
    /// minimax, non_saturating, least_squares, wasserstein, hinge, relativistic_average.
    public var loss = "non_saturating"

    public init() {}
}
