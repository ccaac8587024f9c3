/// The `ssgan:` section: the semi-supervised GAN (Salimans et al.).
public struct SSGANOptions: ModelOptions {
    public var networks = AdversarialNetworkOptions()
    /// Keep this many labels per class and hold out `held_out` examples (a
    /// fixed seeded split) for measuring accuracy; nil: all labels.
    public var labeledPerClass: Int?
    /// The examples held out of training when `labeled_per_class` is set.
    public var heldOut = 2_000
    /// The weight of the unsupervised terms.
    public var unsupervisedWeight: Float = 1

    public init() {}
}
