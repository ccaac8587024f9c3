/// The `esrgan:` section: RRDBNet, the relativistic discriminator and the
/// perceptual loss before activation (Wang et al.), with BasicSR's weights.
public struct ESRGANOptions: ModelOptions {
    /// The generator's features (64).
    public var width = 64
    /// The features each dense convolution adds (32).
    public var growth = 32
    /// The residual-in-residual dense blocks (the paper's 23).
    public var blocks = 23
    /// The discriminator's first width (64), doubling every two layers.
    public var discriminatorWidth = 64
    /// Steps of L1 alone first: the PSNR-oriented network (RRDBNet_PSNR) the GAN starts from.
    public var pretrainSteps = 1_000
    /// standin (the committed photo texture network) or vgg19 (with vgg19_weights).
    public var featureNetwork = "standin"
    /// The converted VGG19 weights for feature_network vgg19.
    public var vgg19Weights = ""
    /// The feature layers compared before their activation, comma-separated (the paper's conv5_4 of VGG19; the stand-in's conv3_2).
    public var perceptualLayers = "conv3_2"
    /// The weight of the feature distance (L1).
    public var perceptualWeight: Float = 1
    /// The weight of the relativistic adversarial term (5e-3).
    public var adversarialWeight: Float = 5e-3
    /// The weight of the L1 pixel loss after the warm-up (1e-2).
    public var pixelWeight: Float = 1e-2

    public init() {}
}
