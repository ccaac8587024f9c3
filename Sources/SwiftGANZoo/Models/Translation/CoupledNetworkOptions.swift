/// The keys UNIT and XGAN share, in their sections (`unit.generator_width`,
/// `xgan.norm`, ...): the coupled autoencoders' and the PatchGANs' sizes,
/// the norm and the adversarial loss.
public struct CoupledNetworkOptions: FlattenedOptions {
    /// The encoders' first width (then 2x and 4x, the code's channels).
    public var generatorWidth = 64
    /// Each domain's own residual blocks, in its encoder and in its decoder (beside the shared one in each).
    public var blocks = 3
    /// basic (the 70x70-style PatchGAN), n_layers or pixel.
    public var discriminator = "basic"
    /// The stride-2 layers of the `n_layers` discriminator.
    public var discriminatorLayers = 3
    /// The discriminators' first width.
    public var discriminatorWidth = 64
    /// instance (UNIT's repository), batch or none.
    public var norm = "instance"
    /// The adversarial loss: least_squares (UNIT's repository), non_saturating, hinge, ...
    public var loss = "least_squares"

    public init() {}
}
