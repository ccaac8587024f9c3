/// The `cyclegan:` section: unpaired translation of Zhu et al., with the
/// repository's choices of networks and weights.
public struct CycleGANOptions: ModelOptions {
    /// resnet_9blocks (the paper's at 256 pixels), resnet_6blocks (its 128-pixel choice) or unet.
    public var generator = "resnet_9blocks"
    /// basic (the 70x70 PatchGAN), n_layers or pixel.
    public var discriminator = "basic"
    /// The stride-2 layers of the `n_layers` discriminator.
    public var discriminatorLayers = 3
    /// batch, instance or none.
    public var norm = "instance"
    /// The generators' first width (`ngf`).
    public var generatorWidth = 64
    /// The discriminators' first width (`ndf`).
    public var discriminatorWidth = 64
    /// The adversarial loss: least_squares (the paper's), non_saturating, hinge, ...
    public var loss = "least_squares"
    /// The weight of the A -> B -> A cycle term (λ_A).
    public var cycleWeightA: Float = 10
    /// The weight of the B -> A -> B cycle term (λ_B).
    public var cycleWeightB: Float = 10
    /// The identity terms' weight relative to the cycle weights (0 when the domains' channels differ).
    public var identityWeight: Float = 0.5
    /// Generated images kept per domain for the discriminators (0: none).
    public var poolSize = 50

    public init() {}
}
