/// The `unit:` section: UNIT of Liu et al., with the UNIT repository's loss weights.
public struct UNITOptions: ModelOptions {
    /// The encoders' first width (then 2x and 4x, the code's channels).
    public var generatorWidth = 64
    /// Each domain's own residual blocks, in its encoder and in its generator (beside the shared one in each).
    public var blocks = 3
    /// basic (the 70x70-style PatchGAN), n_layers or pixel.
    public var discriminator = "basic"
    /// The stride-2 layers of the `n_layers` discriminator.
    public var discriminatorLayers = 3
    /// The discriminators' first width.
    public var discriminatorWidth = 64
    /// instance (the repository's), batch or none.
    public var norm = "instance"
    /// The adversarial loss: least_squares (the repository's), non_saturating, hinge, ...
    public var loss = "least_squares"
    /// `gan_w`: the adversarial terms' weight.
    public var adversarialWeight: Float = 1
    /// `recon_x_w`: the weight of each domain's L1 reconstruction from its own code.
    public var reconstructionWeight: Float = 10
    /// `recon_kl_w`: the weight of the codes' KL term.
    public var klWeight: Float = 0.01
    /// `recon_x_cyc_w`: the weight of the L1 cycle reconstruction through the other domain.
    public var cycleWeight: Float = 10
    /// `recon_kl_cyc_w`: the weight of the translations' codes' KL term.
    public var klCycleWeight: Float = 0.01

    public init() {}
}
