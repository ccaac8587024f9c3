/// The `r3gan:` section: R3GAN (Huang et al. 2024), its networks and its
/// schedules. The learning rate and β2 start from the `optimizer:` and
/// `players:` sections and follow a cosine to their `_end` values over
/// `decay_steps`, as γ does; a player's `ema_half_life` rises from 0 to its value.
public struct R3GANOptions: ModelOptions {
    /// The noise's dimension.
    public var latentDimension = 64
    /// The width at 4x4 and 8x8, halved at each larger resolution.
    public var width = 256
    /// No stage is narrower than this.
    public var minimumWidth = 64
    /// Residual blocks in each stage.
    public var blocksPerStage = 1
    /// The blocks' inner width, as a multiple of their width.
    public var expansion = 2
    /// Channels per group of the blocks' grouped 3x3 convolution.
    public var groupSize = 16
    /// The weight γ of the R1 and R2 penalties, `γ/2 (R1 + R2)`, at the start.
    public var gamma: Float = 0.05
    /// γ at the end of the decay.
    public var gammaEnd: Float = 0.005
    /// The learning rate at the end of the decay (every player's).
    public var learningRateEnd: Float = 5e-5
    /// Adam's β2 at the end of the decay (every player's).
    public var beta2End: Float = 0.99
    /// The steps the cosine schedules run over; 0: the run's steps.
    public var decaySteps = 0

    public init() {}
}
