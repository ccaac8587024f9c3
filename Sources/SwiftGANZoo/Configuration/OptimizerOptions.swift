/// The `optimizer:` section: the optimizer every player uses unless its
/// `players:` entry says otherwise.
public struct OptimizerOptions: OptionSection {
    /// adam, rmsprop or sgd.
    public var name = "adam"
    /// The learning rate of players that set none (a model may set its players' own).
    public var learningRate: Float = 2e-4
    /// Adam's β1 (SGD's momentum).
    public var beta1: Float = 0.5
    /// Adam's β2.
    public var beta2: Float = 0.999
    /// Decay every learning rate linearly to 5% over the second half of the run.
    public var learningRateDecay = false

    public init() {}
}
