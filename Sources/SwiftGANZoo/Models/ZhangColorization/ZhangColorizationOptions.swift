/// The `zhang_colorization:` section: Zhang et al.'s classification colorizer.
public struct ZhangColorizationOptions: ModelOptions {
    /// The features of the first blocks; the quarter-size blocks have four times as many (the paper's network is VGG-wide, 64 to 512).
    public var width = 32
    /// The annealed mean's temperature (the paper's 0.38; 1 is the plain mean, near 0 the mode).
    public var temperature: Float = 0.38
    /// λ, the share of the uniform distribution mixed into the smoothed color prior before inverting it (the paper's 0.5; 1 turns rebalancing off).
    public var rebalancingMix = 0.5

    public init() {}
}
