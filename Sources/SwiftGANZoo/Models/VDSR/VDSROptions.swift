/// The `vdsr:` section: the very deep residual network of Kim et al.
public struct VDSROptions: ModelOptions {
    /// The filters of each layer (64).
    public var width = 64
    /// The convolutions, first and last included (the paper's 20).
    public var depth = 20
    /// The L2 norm the gradients are clipped to before each update (the
    /// paper clips to keep its high learning rate stable).
    public var gradientClipNorm: Float = 0.4
    /// The pixel loss: mse (the paper's) or l1.
    public var loss = "mse"

    public init() {}
}
