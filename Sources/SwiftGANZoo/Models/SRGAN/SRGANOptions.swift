/// The `srgan:` section: SRResNet and its discriminator (Ledig et al.), with
/// the paper's perceptual training (feature MSE of weight 1, adversarial
/// 1e-3, no pixel term after the MSE warm-up) on the stand-in's `relu3_2`
/// (the paper's is VGG19's `relu5_4`).
public struct SRGANOptions: ModelOptions {
    /// The generator's features (64).
    public var width = 64
    /// The generator's residual blocks (the paper's 16).
    public var blocks = 16
    public var training = PerceptualTrainingOptions()

    public init() {}
}
