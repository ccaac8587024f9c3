/// The `edsr:` section: the enhanced deep residual network of Lim et al.
/// (the baseline is 16 blocks of 64; the large model 32 of 256 with residual scale 0.1).
public struct EDSROptions: ModelOptions {
    /// The features of every layer.
    public var width = 64
    /// The residual blocks.
    public var blocks = 16
    /// Each block's branch is multiplied by this before it is added.
    public var residualScale: Float = 1
    /// The pixel loss: l1 (the paper's) or mse.
    public var loss = "l1"

    public init() {}
}
