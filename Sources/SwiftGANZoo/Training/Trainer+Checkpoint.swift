import SwiftGANData
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

extension Trainer {
    /// Everything needed to continue: every player's network, optimizer,
    /// moving average and history, extra states, data position, random state.
    public func checkpoint(configuration: String = "") -> TrainingCheckpoint {
        var checkpoint = TrainingCheckpoint(
            step: step, modules: modules, optimizers: optimizers, averages: averages, randomGenerators: ["trainer": random], configuration: configuration)
        for player in players {
            if let history = player.history { checkpoint.extras[player.historyKey] = history.stateDict() }
        }
        for (name, state) in extraStates { checkpoint.extras[name] = state.stateDict() }
        if let loader {
            checkpoint.extras["data"] = StateDict([
                ("epoch", NDArray(scalar: Float(loader.position.epoch))), ("batch", NDArray(scalar: Float(loader.position.batch))),
            ])
        }
        return checkpoint
    }

    /// The data position saved in `checkpoint`: give it to the loader of the resumed run.
    public static func loaderPosition(in checkpoint: TrainingCheckpoint) throws -> LoaderPosition {
        guard let data = checkpoint.extras["data"], let epoch = data["epoch"], let batch = data["batch"] else {
            throw CheckpointError(path: nil, problem: "no data position (extra state 'data')")
        }
        return LoaderPosition(epoch: Int(epoch.scalarValue), batch: Int(batch.scalarValue))
    }

    /// Continues from `checkpoint`; the loader must have been made at the saved position.
    public func restore(_ checkpoint: TrainingCheckpoint, path: String? = nil) throws {
        if let loader {
            let position = try Self.loaderPosition(in: checkpoint)
            guard position == loader.position else {
                throw CheckpointError(path: path, problem: "the data loader is at \(loader.position), the checkpoint at \(position); make the loader with startingAt: Trainer.loaderPosition(in:)")
            }
        }
        guard let saved = checkpoint.randomGenerators["trainer"] else {
            throw CheckpointError(path: path, problem: "no random state for the trainer")
        }
        try checkpoint.restore(modules: modules, optimizers: optimizers, averages: averages, path: path)
        for player in players {
            guard let history = player.history else { continue }
            guard let state = checkpoint.extras[player.historyKey] else {
                throw CheckpointError(path: path, problem: "no historical averaging state '\(player.historyKey)', but the run averages")
            }
            try history.load(state)
        }
        for (name, state) in extraStates {
            guard let saved = checkpoint.extras[name] else { throw CheckpointError(path: path, problem: "no extra state '\(name)'") }
            try state.load(saved)
        }
        random = saved
        setStep(checkpoint.step)
    }

    private var modules: [String: Module] {
        var modules: [String: Module] = [:]
        for player in players {
            modules[player.name] = player.module
            if let average = player.average { modules[player.averageKey] = average.target }
        }
        return modules
    }

    private var optimizers: [String: any Optimizer] {
        Dictionary(uniqueKeysWithValues: players.map { ($0.name, $0.optimizer) })
    }

    private var averages: [String: ExponentialMovingAverage] {
        var averages: [String: ExponentialMovingAverage] = [:]
        for player in players { if let average = player.average { averages[player.averageKey] = average } }
        return averages
    }
}
