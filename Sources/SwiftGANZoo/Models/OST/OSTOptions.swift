/// The `ost:` section: OST of Benaim and Wolf, one-shot translation.
public struct OSTOptions: ModelOptions {
    /// The class of the one example (domain B); training never sees the class otherwise. Negative: the last class.
    public var targetClass = -1
    /// Steps of phase I (domain A's autoencoder) before phase II (domain B's layers from the one example).
    public var phaseOneSteps = 1_000
    /// The encoders' first width (then 2x and 4x, the code's channels).
    public var generatorWidth = 64
    /// Each domain's own residual blocks in its encoder and in its decoder (beside the shared one in each).
    public var blocks = 1
    /// The discriminators' first width.
    public var discriminatorWidth = 64
    /// The weight of the L1 reconstructions.
    public var reconstructionWeight: Float = 10
    /// The weight of the codes' KL terms.
    public var klWeight: Float = 0.01
    /// The weight of the L1 cycles A to B to A and B to A to B.
    public var cycleWeight: Float = 10

    public init() {}
}
