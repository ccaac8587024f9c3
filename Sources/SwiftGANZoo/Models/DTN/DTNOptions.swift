/// The `dtn:` section: the Domain Transfer Network of Taigman et al.
public struct DTNOptions: ModelOptions {
    /// The encoder's first convolution width (then 2x and 4x).
    public var encoderWidth = 32
    /// The number of features f gives (the generator's input).
    public var features = 128
    /// The generator's last width (doubling toward its 4x4 start).
    public var generatorWidth = 32
    /// The discriminator's first width.
    public var discriminatorWidth = 32
    /// Steps the encoder learns the source domain's labels before it is frozen and translation starts.
    public var encoderSteps = 1_000
    /// α: the weight of f-constancy on source images (15 in the paper's digit experiments).
    public var constancyWeight: Float = 15
    /// β: the weight of the target identity term (15 in the paper's digit experiments).
    public var identityWeight: Float = 15
    /// γ: the weight of total variation (0 for digits, as the paper).
    public var totalVariationWeight: Float = 0

    public init() {}
}
