/// What a restoration dataset asks of a model: the kind of restoration, the
/// scale between input and output, and how its results are measured.
public struct RestorationTask: Sendable, Equatable {
    /// The kinds of restoration.
    public enum Kind: String, Sendable, Equatable {
        /// Low to high resolution by `factor`.
        case superResolution = "super_resolution"
        /// Noisy to clean at the same size.
        case denoising
        /// Gray to color at the same size.
        case colorization
    }

    public let kind: Kind
    /// The output's side over the input's (1 for denoising).
    public let factor: Int
    /// The channels of outputs, and of inputs but for colorization, whose inputs are gray.
    public let channels: Int

    public init(kind: Kind, factor: Int, channels: Int) {
        precondition(factor >= 1 && (kind == .superResolution) == (factor > 1), "RestorationTask: \(kind) with factor \(factor)")
        (self.kind, self.factor, self.channels) = (kind, factor, channels)
    }

    /// The channels of inputs: 1 for colorization, else `channels`.
    public var inputChannels: Int { kind == .colorization ? 1 : channels }

    /// The pixels cut from each side before PSNR and SSIM: the scale, as
    /// BasicSR's `crop_border` (0 for denoising).
    public var cropBorder: Int { factor == 1 ? 0 : factor }
}
