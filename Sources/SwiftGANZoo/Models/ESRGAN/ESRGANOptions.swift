/// The `esrgan:` section: RRDBNet, the relativistic discriminator and the
/// perceptual loss before activation (Wang et al.), with BasicSR's weights
/// (feature L1 of weight 1 on the stand-in's `conv3_2`, the paper's VGG19
/// `conv5_4`; relativistic adversarial 5e-3; L1 pixel 1e-2).
public struct ESRGANOptions: ModelOptions {
    /// The generator's features (64).
    public var width = 64
    /// The features each dense convolution adds (32).
    public var growth = 32
    /// The residual-in-residual dense blocks (the paper's 23).
    public var blocks = 23
    public var training = PerceptualTrainingOptions()

    public init() {
        training.perceptualLayers = "conv3_2"
        training.adversarialWeight = 5e-3
        training.pixelWeight = 1e-2
    }
}
