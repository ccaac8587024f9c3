/// The `xgan:` section: XGAN of Royer et al.
public struct XGANOptions: ModelOptions {
    public var networks = CoupledNetworkOptions()
    /// ω_rec: the weight of each domain's L1 reconstruction.
    public var reconstructionWeight: Float = 1
    /// ω_d: the weight of fooling the embedding's domain classifier.
    public var domainAdversarialWeight: Float = 1
    /// ω_sem: the weight of semantic consistency of the embeddings across translation.
    public var semanticWeight: Float = 1
    /// ω_gan: the weight of the translations' adversarial terms.
    public var adversarialWeight: Float = 1

    public init() {}
}
