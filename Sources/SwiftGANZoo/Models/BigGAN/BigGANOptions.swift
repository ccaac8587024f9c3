/// The `biggan:` section: BigGAN (Brock et al. 2019).
public struct BigGANOptions: ModelOptions {
    public var networks = BigGANNetworkOptions()
    /// Split z into one chunk for the linear layer and one per block, appended to the class embedding.
    public var hierarchical = true
    /// β of the orthogonal regularization of G's weights.
    public var orthogonalWeight: Float = 1e-4

    public init() {}
}
