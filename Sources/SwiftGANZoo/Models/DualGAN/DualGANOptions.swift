/// The `dualgan:` section: DualGAN of Yi et al., dual learning of two
/// translators with Wasserstein critics.
public struct DualGANOptions: ModelOptions {
    /// unet (the paper's), encoder_decoder or a ResNet.
    public var generator = "unet"
    /// basic (the 70x70-style PatchGAN critic), n_layers or pixel.
    public var discriminator = "basic"
    /// The stride-2 layers of the `n_layers` critic.
    public var discriminatorLayers = 3
    /// batch (the paper's), instance or none.
    public var norm = "batch"
    /// The generators' first width.
    public var generatorWidth = 64
    /// The critics' first width.
    public var discriminatorWidth = 64
    /// The adversarial loss: wasserstein (the paper's, with clipping), hinge, least_squares, ...
    public var loss = "wasserstein"
    /// The weight of each domain's L1 reconstruction (λ_U, λ_V; the paper takes 100 to 1,000).
    public var reconstructionWeight: Float = 100
    /// Critic updates per generator update.
    public var criticSteps = 2
    /// Every critic weight clamped to [-c, c] after each update (0.01 in the paper); 0 turns it off.
    public var weightClip: Float = 0.01

    public init() {}
}
