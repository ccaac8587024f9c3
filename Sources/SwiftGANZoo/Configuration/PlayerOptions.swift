import SwiftGANOptim

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
    /// A moving average of this player's weights with this half-life in thousands
    /// of images (StyleGAN2-ADA's `ema_kimg`), instead of a fixed β; nil: none.
    public var emaHalfLife: Double?
    /// With `ema_half_life`: the half-life is at most this share of the images seen (StyleGAN2-ADA's `ema_rampup`); nil: no ramp.
    public var emaRampup: Double?
    /// λ of historical averaging of this player's weights (Salimans et al.); nil or 0: off.
    public var historicalAveraging: Float?

    public init() {}
}

extension PlayerOptions {
    /// The moving average these options ask for, if any (`ema_beta` or `ema_half_life`, checked by `ConfigurationLimits`).
    var emaDecay: EMADecay? {
        if let emaBeta { return .beta(emaBeta) }
        return emaHalfLife.map { .halfLife(kimg: $0, rampup: emaRampup) }
    }
}
