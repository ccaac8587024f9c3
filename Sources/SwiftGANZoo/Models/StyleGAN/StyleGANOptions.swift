/// The `stylegan:` section: StyleGAN (Karras et al. 2019) at a chosen width,
/// without progressive growing: its critic is ProGAN's at full resolution.
public struct StyleGANOptions: ModelOptions {
    /// The noise's dimension.
    public var latentDimension = 128
    /// The style's dimension (w).
    public var styleDimension = 128
    /// Layers of the mapping network.
    public var mappingLayers = 8
    /// How fast the mapping network learns relative to the rest.
    public var mappingLearningRate: Float = 0.01
    /// The width at 4x4 and 8x8, halved at each larger resolution (the critic mirrors it).
    public var width = 256
    /// No stage is narrower than this.
    public var minimumWidth = 64
    /// The share of training batches whose layers take their styles from two noises (style mixing regularization).
    public var styleMixing: Float = 0.9
    /// The weight γ of R1 on real images, `γ/2 ‖∇D(x)‖²`.
    public var r1Gamma: Float = 0.01
    /// R1 runs every this many steps (lazily, scaled by the interval, as StyleGAN2 runs it).
    public var r1Interval = 16

    public init() {}
}
