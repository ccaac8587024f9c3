/// The `pix2pixhd:` section: pix2pixHD of Wang et al., coarse-to-fine
/// generation judged at several scales with feature matching.
public struct Pix2PixHDOptions: ModelOptions {
    /// The local enhancer's width; the global generator has twice it (the repository's `ngf`).
    public var generatorWidth = 32
    /// The global generator's residual blocks (9 in the paper).
    public var globalBlocks = 9
    /// The local enhancer's residual blocks (3 in the paper).
    public var localBlocks = 3
    /// The discriminators' first width (`ndf`).
    public var discriminatorWidth = 64
    /// The stride-2 layers of each scale's PatchGAN.
    public var discriminatorLayers = 3
    /// The scales judged, each half the last (`num_D`, 3 in the paper at 512 pixels and more).
    public var discriminatorScales = 2
    /// batch, instance (the paper's) or none.
    public var norm = "instance"
    /// The adversarial loss: least_squares (the paper's), non_saturating, hinge, ...
    public var loss = "least_squares"
    /// The weight of discriminator feature matching (λ = 10).
    public var featureMatchingWeight: Float = 10
    /// The weight of an L1 term to the target (0: the paper has none; its VGG term needs weights the project does not ship).
    public var l1Weight: Float = 0

    public init() {}
}
