/// The keys the BigGAN family shares in its sections (`sagan.width`,
/// `biggan.attention_resolution`, ...): the networks' sizes and the loss.
public struct BigGANNetworkOptions: FlattenedOptions {
    /// The width of z.
    public var latentDimension = 128
    /// The channels of every residual block of both players.
    public var width = 64
    /// The width of the shared class embedding (class-conditional models).
    public var embeddingDimension = 64
    /// The side at which both players run self-attention (a block's output: 8 up to the image's side); 0: none.
    public var attentionResolution = 16
    /// Spectral norm in the generator too (SAGAN, BigGAN); the discriminator always has it.
    public var generatorSpectralNorm = true
    /// hinge (SAGAN, BigGAN), non_saturating (SS-GAN), least_squares, wasserstein or minimax.
    public var loss = "hinge"
    /// Discriminator updates per generator update, each on a fresh batch (BigGAN: 2).
    public var criticSteps = 1
    /// DiffAugment policy (such as "color,translation,cutout") applied to every image D judges as real or fake; nil: none.
    public var diffAugment: String?

    public init() {}
}
