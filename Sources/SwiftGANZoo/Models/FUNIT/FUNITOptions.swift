/// The `funit:` section: FUNIT of Liu et al., with the repository's loss weights.
public struct FUNITOptions: ModelOptions {
    /// The classes never trained on, separated by commas: the unseen classes few-shot translation is measured on.
    public var unseenClasses = "6,7"
    /// Examples of the target class read at inference (K; training reads one).
    public var shots = 5
    /// The encoders' first width (then 2x and 4x).
    public var width = 64
    /// Residual blocks of the content encoder and adaptive-instance-norm blocks of the decoder.
    public var blocks = 2
    /// The length of the class code.
    public var codeLength = 64
    /// The discriminator's first width.
    public var discriminatorWidth = 64
    /// The weight of the L1 reconstruction from the content image's own class code (0.1 in the repository).
    public var reconstructionWeight: Float = 0.1
    /// The weight of matching the discriminator's mean features of the class examples (1 in the repository).
    public var featureMatchingWeight: Float = 1
    /// γ of the R1 penalty on real images (10 in the repository).
    public var r1Gamma: Float = 10

    public init() {}
}
