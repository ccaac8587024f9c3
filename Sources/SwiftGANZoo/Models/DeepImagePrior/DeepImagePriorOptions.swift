/// The `dip:` section: deep image prior's task and network (the paper's
/// "skip" hourglass, narrowed by default for two cores).
public struct DeepImagePriorOptions: ModelOptions {
    /// denoising, super_resolution or inpainting.
    public var task = "denoising"
    /// The noise added for denoising, on the 0-255 scale.
    public var noiseSigma: Float = 25
    /// The shrink factor for super-resolution (the side must be a multiple of it).
    public var factor = 4
    /// The share of pixels hidden for inpainting.
    public var dropFraction: Float = 0.5
    /// The channels of the fixed code (the paper's 32).
    public var codeChannels = 32
    /// The features of every stage (the paper's 128).
    public var width = 64
    /// The features of every skip (the paper's 4).
    public var skipWidth = 4
    /// The halvings (the paper's 5); the side must be a multiple of `2^depth`.
    public var depth = 5
    /// The deviation of the noise added to the code at each step (the paper's 1/30 for denoising).
    public var codeJitter: Float = 1.0 / 30

    public init() {}
}
