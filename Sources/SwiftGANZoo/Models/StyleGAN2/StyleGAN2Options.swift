/// The `stylegan2:` section: StyleGAN2 (Karras et al. 2020, config F's
/// networks at a chosen width) with its lazy regularizers.
public struct StyleGAN2Options: ModelOptions {
    /// The noise's dimension.
    public var latentDimension = 128
    /// The style's dimension (w).
    public var styleDimension = 128
    /// Layers of the mapping network.
    public var mappingLayers = 8
    /// How fast the mapping network learns relative to the rest.
    public var mappingLearningRate: Float = 0.01
    /// The width at 4x4 and 8x8, halved at each larger resolution (the discriminator mirrors it).
    public var width = 256
    /// No stage is narrower than this.
    public var minimumWidth = 64
    /// The share of training batches whose layers take their styles from two noises (style mixing regularization).
    public var styleMixing: Float = 0.9
    /// The weight γ of R1 on real images, `γ/2 ‖∇D(x)‖²`.
    public var r1Gamma: Float = 0.01
    /// R1 runs every this many steps (lazily, scaled by the interval).
    public var r1Interval = 16
    /// The weight of the path-length penalty; 0: off.
    public var pathLengthWeight: Float = 2
    /// The path-length penalty runs every this many steps, on half the batch.
    public var pathLengthInterval = 4

    public init() {}
}
