/// One entry of the `players:` section (`players: {generator: {learning_rate: 1e-3}}`):
/// what differs for this player from the `optimizer:` section, and its
/// averages. Every key is optional, so an entry holds only what it sets.
public struct PlayerOptions: OptionSection {
    /// adam, rmsprop or sgd; nil: the optimizer section's.
    public var optimizer: String?
    /// nil: the optimizer section's.
    public var learningRate: Float?
    public var beta1: Float?
    public var beta2: Float?
    /// A moving average of this player's weights with this β per update (inference uses it); nil: none.
    public var emaBeta: Double?
    /// λ of historical averaging of this player's weights (Salimans et al.); nil or 0: off.
    public var historicalAveraging: Float?

    public init() {}
}
