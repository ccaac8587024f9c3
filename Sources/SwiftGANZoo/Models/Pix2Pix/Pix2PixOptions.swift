/// The `pix2pix:` section: paired translation of Isola et al., with the
/// repository's choices of networks.
public struct Pix2PixOptions: ModelOptions {
    /// unet (down to 1x1, a power-of-two resolution), resnet_6blocks or resnet_9blocks.
    public var generator = "unet"
    /// basic (the 70x70 PatchGAN at 256 pixels), n_layers (`discriminator_layers` stride-2 layers) or pixel (1x1).
    public var discriminator = "basic"
    /// The stride-2 layers of the `n_layers` discriminator.
    public var discriminatorLayers = 3
    /// batch, instance or none.
    public var norm = "instance"
    /// The generator's first width (the repository's `ngf`).
    public var generatorWidth = 64
    /// The discriminator's first width (`ndf`).
    public var discriminatorWidth = 64
    /// The adversarial loss: non_saturating (the paper's), least_squares, hinge, ...
    public var loss = "non_saturating"
    /// The weight of the L1 distance to the target (the paper's λ).
    public var l1Weight: Float = 100

    public init() {}
}
