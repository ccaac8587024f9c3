/// The `srgan:` section: SRResNet and its discriminator (Ledig et al.).
public struct SRGANOptions: ModelOptions {
    /// The generator's features (64).
    public var width = 64
    /// The generator's residual blocks (the paper's 16).
    public var blocks = 16
    /// The discriminator's first width (64), doubling every two layers.
    public var discriminatorWidth = 64
    /// Steps of MSE alone first: the SRResNet the adversarial training starts from.
    public var pretrainSteps = 1_000
    /// standin (the committed photo texture network) or vgg19 (with vgg19_weights).
    public var featureNetwork = "standin"
    /// The converted VGG19 weights for feature_network vgg19.
    public var vgg19Weights = ""
    /// The feature layers compared, comma-separated (the paper's relu5_4 of VGG19; the stand-in's relu3_2).
    public var perceptualLayers = "relu3_2"
    /// The weight of the feature distance (mean squared).
    public var perceptualWeight: Float = 1
    /// The weight of the adversarial term (the paper's 1e-3).
    public var adversarialWeight: Float = 1e-3
    /// The weight of the pixel MSE after the warm-up (0: the paper's).
    public var pixelWeight: Float = 0

    public init() {}
}
