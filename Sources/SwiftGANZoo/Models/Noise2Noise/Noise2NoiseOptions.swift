/// The `noise2noise:` section: the denoising U-Net of Lehtinen et al.
public struct Noise2NoiseOptions: ModelOptions {
    /// The features of every stage (the paper's 48).
    public var width = 48
    /// The 2x2 poolings (the paper's 5); training patches must be multiples of `2^depth` on a side.
    public var depth = 5
    /// The pixel loss: mse (the paper's for Gaussian noise, whose mean is the clean image) or l1.
    public var loss = "mse"

    public init() {}
}
