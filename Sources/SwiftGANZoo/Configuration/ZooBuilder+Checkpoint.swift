import Foundation
import SwiftGANOptim

extension ZooBuilder {
    /// The configuration recorded in the checkpoint at `url` and a trainer
    /// restored from it: networks, optimizers, moving average, data position
    /// and random state, ready to continue or to sample. `steps` replaces the
    /// recorded total before the trainer is built, so schedules follow the new total.
    public static func trainer(restoring url: URL, steps: Int? = nil) throws -> (configuration: TrainingConfiguration, trainer: Trainer) {
        let checkpoint = try TrainingCheckpoint(contentsOf: url)
        guard !checkpoint.configuration.isEmpty else {
            throw CheckpointError(path: url.path, problem: "it records no training configuration, so the networks cannot be rebuilt")
        }
        var configuration = try TrainingConfiguration(json: checkpoint.configuration, source: url.path)
        if let steps { configuration.steps = steps }
        let trainer = try trainer(for: configuration, startingAt: Trainer.loaderPosition(in: checkpoint))
        try trainer.restore(checkpoint, path: url.path)
        return (configuration, trainer)
    }
}
