import Foundation
import SwiftGANData
import SwiftGANNN
import SwiftGANOptim

extension ModelRegistry {
    /// The model of the checkpoint at `url`, ready for inference: networks
    /// built from the recorded configuration and loaded with the checkpoint's
    /// weights (the moving averages where the run kept them), a growing model
    /// at the stage of the checkpoint's last step, without loading the dataset
    /// or making optimizers.
    public static func inference(restoring url: URL) throws -> (configuration: TrainingConfiguration, inference: Inference, step: Int) {
        let checkpoint = try TrainingCheckpoint(contentsOf: url)
        let configuration = try recordedConfiguration(of: checkpoint, path: url.path)
        let (build, context) = try self.build(configuration, shape: DatasetRegistry.shape(of: configuration))
        var networks: [String: Module] = [:]
        for network in context.networks {
            let averaged = network.name + "_ema"
            let key = checkpoint.modules[averaged] != nil ? averaged : network.name
            guard let state = checkpoint.modules[key] ?? (network.module.stateDict().count == 0 ? StateDict() : nil) else {
                throw CheckpointError(path: url.path, problem: "no weights for the network '\(network.name)'; the checkpoint has \(checkpoint.modules.keys.sorted())")
            }
            if let mismatch = network.module.mismatch(with: state) { throw CheckpointError(path: url.path, problem: "module '\(key)': \(mismatch)") }
            try network.module.load(state)
            networks[network.name] = network.module
        }
        build.growth?.apply(atStep: max(0, checkpoint.step - 1))
        return (configuration, Inference(model: build.model, networks: networks), checkpoint.step)
    }

    /// The configuration recorded in `checkpoint`, converted when an earlier version wrote it.
    static func recordedConfiguration(of checkpoint: TrainingCheckpoint, path: String) throws -> TrainingConfiguration {
        guard !checkpoint.configuration.isEmpty else {
            throw CheckpointError(path: path, problem: "it records no training configuration, so the networks cannot be rebuilt")
        }
        return try TrainingConfiguration(json: checkpoint.configuration, source: path)
    }

    /// The configuration recorded in the checkpoint at `url` and a trainer
    /// restored from it: networks, optimizers, moving averages, data position
    /// and random state, ready to continue. `steps` replaces the recorded
    /// total before the trainer is built, so schedules follow the new total.
    public static func trainer(restoring url: URL, steps: Int? = nil) throws -> (configuration: TrainingConfiguration, trainer: Trainer) {
        let checkpoint = try TrainingCheckpoint(contentsOf: url)
        var configuration = try recordedConfiguration(of: checkpoint, path: url.path)
        if let steps { configuration.steps = steps }
        // A run without a data loader saved no position; one with a loader checks its position in `restore`.
        let trainer = try trainer(for: configuration, startingAt: (try? Trainer.loaderPosition(in: checkpoint)) ?? LoaderPosition())
        try trainer.restore(checkpoint, path: url.path)
        return (configuration, trainer)
    }
}
