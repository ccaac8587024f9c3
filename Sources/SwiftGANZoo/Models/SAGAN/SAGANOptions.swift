/// The `sagan:` section: the self-attention GAN (Zhang et al. 2019).
public struct SAGANOptions: ModelOptions {
    public var networks = BigGANNetworkOptions()
    /// Class-conditional BatchNorm in G and a projection discriminator, as the paper's ImageNet model (needs labeled data).
    public var conditional = false

    public init() {}
}
