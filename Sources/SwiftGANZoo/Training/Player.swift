import SwiftGANNN
import SwiftGANOptim

/// One trained network of a model (a generator, a critic, an encoder...) with
/// everything that updates it: its optimizer, learning-rate schedule, moving
/// average and historical averaging. Its `name` keys its module, optimizer,
/// average (`NAME_ema`) and history (`history_NAME`) in checkpoints, and its
/// metrics (`history_NAME`).
public final class Player {
    public let name: String
    public let module: Module
    public let optimizer: any Optimizer
    /// Learning rates by step (nil: the optimizer's own, constant).
    public var schedule: (any LearningRateSchedule)?
    /// The moving average of the module's weights, updated after each of its updates in a main (not lazy) phase.
    public var average: ExponentialMovingAverage?
    /// Historical averaging (Salimans et al.): its penalty joins every loss that updates this player.
    public var history: HistoricalAveraging?

    public init(
        name: String, module: Module, optimizer: any Optimizer, schedule: (any LearningRateSchedule)? = nil,
        average: ExponentialMovingAverage? = nil, history: HistoricalAveraging? = nil
    ) {
        precondition(!name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }, "Player: the name '\(name)' must be letters, digits and underscores")
        (self.name, self.module, self.optimizer, self.schedule, self.average, self.history) = (name, module, optimizer, schedule, average, history)
    }

    /// The network to run for inference: the moving average when there is one.
    public var inferenceModule: Module { average?.target ?? module }

    /// The checkpoint key of the moving average.
    var averageKey: String { name + "_ema" }
    /// The checkpoint key of the historical averaging state.
    var historyKey: String { "history_" + name }
}
