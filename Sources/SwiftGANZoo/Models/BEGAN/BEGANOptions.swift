/// The `began:` section: BEGAN (Berthelot et al.).
public struct BEGANOptions: ModelOptions {
    public var networks = AdversarialNetworkOptions()
    /// The diversity ratio γ = E[L(G(z))] / E[L(x)] aimed at.
    public var gamma: Float = 0.5
    /// The learning rate λ_k of the balance term k.
    public var kLearningRate: Float = 0.001

    public init() {}
}
