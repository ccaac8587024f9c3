/// The `combogan:` section: ComboGAN of Anoosheh et al., CycleGAN's networks and losses cut per domain.
public struct ComboGANOptions: ModelOptions {
    /// The encoders' first width (then 2x and 4x, the code's channels).
    public var generatorWidth = 64
    /// Residual blocks per translation, split between the encoder and the decoder (9 in the paper, as CycleGAN's).
    public var blocks = 9
    /// basic (the 70x70-style PatchGAN), n_layers or pixel.
    public var discriminator = "basic"
    /// The stride-2 layers of the `n_layers` discriminator.
    public var discriminatorLayers = 3
    /// The discriminators' first width.
    public var discriminatorWidth = 64
    /// instance (the paper's), batch or none.
    public var norm = "instance"
    /// The adversarial loss: least_squares (the paper's), non_saturating, hinge, ...
    public var loss = "least_squares"
    /// λ: the weight of the L1 cycle term.
    public var cycleWeight: Float = 10
    /// The weight of the L1 agreement of an image's code and its translation's (0: off).
    public var codeWeight: Float = 0

    public init() {}
}
