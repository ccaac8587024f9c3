/// The keys SRGAN and ESRGAN share, in their sections (`srgan.pretrain_steps`,
/// `esrgan.feature_network`, ...): the warm-up, the discriminator's width,
/// the feature network and layers of the perceptual loss, and the weights
/// of the generator's terms. Each model sets its paper's defaults.
public struct PerceptualTrainingOptions: FlattenedOptions {
    /// The discriminator's first width (64), doubling every two layers.
    public var discriminatorWidth = 64
    /// Steps of the pixel loss alone first: the PSNR-oriented network the adversarial training starts from.
    public var pretrainSteps = 1_000
    /// standin (the committed photo texture network) or vgg19 (with vgg19_weights).
    public var featureNetwork = "standin"
    /// The converted VGG19 weights for feature_network vgg19.
    public var vgg19Weights = ""
    /// The feature layers compared, comma-separated.
    public var perceptualLayers = "relu3_2"
    /// The weight of the feature distance.
    public var perceptualWeight: Float = 1
    /// The weight of the adversarial term.
    public var adversarialWeight: Float = 1e-3
    /// The weight of the pixel loss after the warm-up.
    public var pixelWeight: Float = 0

    public init() {}
}
