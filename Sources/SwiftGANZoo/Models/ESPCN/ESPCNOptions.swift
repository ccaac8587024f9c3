/// The `espcn:` section: the efficient sub-pixel network of Shi et al.
public struct ESPCNOptions: ModelOptions {
    /// The first layer's filters (64); the second has half.
    public var width = 64
    /// The pixel loss: mse (the paper's) or l1.
    public var loss = "mse"

    public init() {}
}
