/// The `discogan:` section: DiscoGAN of Kim et al., cross-domain relations
/// learned by two GANs coupled through reconstruction.
public struct DiscoGANOptions: ModelOptions {
    /// encoder_decoder (the paper's 4x4 stride-2 convolutions down to 4x4 and back), unet or a ResNet.
    public var generator = "encoder_decoder"
    /// basic (a 3-layer PatchGAN), n_layers or pixel.
    public var discriminator = "basic"
    /// The stride-2 layers of the `n_layers` discriminator.
    public var discriminatorLayers = 3
    /// batch (the paper's), instance or none.
    public var norm = "batch"
    /// The generators' first width.
    public var generatorWidth = 64
    /// The discriminators' first width.
    public var discriminatorWidth = 64
    /// The adversarial loss: non_saturating (the paper's), least_squares, ...
    public var loss = "non_saturating"
    /// The weight of each domain's reconstruction term (the squared error of A -> B -> A and B -> A -> B).
    public var reconstructionWeight: Float = 1

    public init() {}
}
