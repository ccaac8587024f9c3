/// The `s3gan:` section: S3GAN (Lucic et al. 2019), BigGAN with few labels.
public struct S3GANOptions: ModelOptions {
    public var networks = BigGANNetworkOptions()
    public var hierarchical = true
    public var orthogonalWeight: Float = 1e-4
    /// The share of the training images whose labels are kept (the same number
    /// per class, a fixed seeded choice); the others are labeled by D's classifier head.
    public var labeledFraction: Float = 0.1
    /// β: the weight of D's rotation loss on real images (0 with `generator_rotation_weight` 0: none).
    public var rotationWeight: Float = 1
    /// α: the weight of G's rotation loss on its samples.
    public var generatorRotationWeight: Float = 0.2

    public init() {}
}
