/// The `srcnn:` section: the three-layer network of Dong et al. on bicubic-upsampled input.
public struct SRCNNOptions: ModelOptions {
    /// The first layer's filters (the paper's n1 = 64); the second has half.
    public var width = 64
    /// The mapping layer's kernel: 1 (the 9-1-5 network) or 5 (9-5-5, the paper's better one).
    public var mappingKernel = 5
    /// The pixel loss: mse (the paper's) or l1.
    public var loss = "mse"

    public init() {}
}
