/// The `cogan:` section: coupled GANs of Liu and Tuzel.
public struct CoGANOptions: ModelOptions {
    /// The latent's dimension.
    public var latentDimension = 100
    /// The narrowest width of the networks (the generators' last, the discriminators' first).
    public var width = 32
    /// The adversarial loss: non_saturating (the paper's), least_squares, hinge, ...
    public var loss = "non_saturating"

    public init() {}
}
