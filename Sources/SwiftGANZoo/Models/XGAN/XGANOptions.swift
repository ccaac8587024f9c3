/// The `xgan:` section: XGAN of Royer et al.
public struct XGANOptions: ModelOptions {
    /// The encoders' first width (then 2x and 4x, the embedding's channels).
    public var generatorWidth = 64
    /// Each domain's own residual blocks, in its encoder and in its decoder (beside the shared one in each).
    public var blocks = 3
    /// basic (the 70x70-style PatchGAN), n_layers or pixel.
    public var discriminator = "basic"
    /// The stride-2 layers of the `n_layers` discriminator.
    public var discriminatorLayers = 3
    /// The discriminators' first width.
    public var discriminatorWidth = 64
    /// instance, batch or none.
    public var norm = "instance"
    /// The adversarial loss: least_squares, non_saturating, hinge, ...
    public var loss = "least_squares"
    /// ω_rec: the weight of each domain's L1 reconstruction.
    public var reconstructionWeight: Float = 1
    /// ω_d: the weight of fooling the embedding's domain classifier.
    public var domainAdversarialWeight: Float = 1
    /// ω_sem: the weight of semantic consistency of the embeddings across translation.
    public var semanticWeight: Float = 1
    /// ω_gan: the weight of the translations' adversarial terms.
    public var adversarialWeight: Float = 1

    public init() {}
}
