/// The `spade:` section: SPADE (GauGAN) of Park et al., semantic image
/// synthesis with spatially-adaptive normalization.
public struct SPADEOptions: ModelOptions {
    /// The generator's last width (`ngf`; the first blocks have 8 times it).
    public var generatorWidth = 16
    /// The channels of each SPADE's hidden map (128 in the paper).
    public var hidden = 64
    /// The parameter-free norm SPADE modulates: batch (the paper's synchronized batch norm) or instance.
    public var norm = "batch"
    /// The discriminators' first width (`ndf`).
    public var discriminatorWidth = 64
    /// The stride-2 layers of each scale's PatchGAN.
    public var discriminatorLayers = 3
    /// The scales judged, each half the last (2 in the paper).
    public var discriminatorScales = 2
    /// The discriminators' norm: instance (the paper's) or none.
    public var discriminatorNorm = "instance"
    /// The adversarial loss: hinge (the paper's), least_squares, non_saturating, ...
    public var loss = "hinge"
    /// The weight of discriminator feature matching (λ = 10).
    public var featureMatchingWeight: Float = 10
    /// The weight of an L1 term to the target (0: the paper's VGG term needs weights the project does not ship).
    public var l1Weight: Float = 0

    public init() {}
}
