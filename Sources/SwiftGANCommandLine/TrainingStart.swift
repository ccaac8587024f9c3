import Foundation
import SwiftGAN

/// What `train` starts from: a new run folder from a configuration, or a
/// resumed one, locked for this process, with its configuration and trainer.
struct TrainingStart {
    let folder: RunFolder
    let configuration: TrainingConfiguration
    let trainer: Trainer
    /// Held while this process trains; released by the system when it ends.
    let lock: RunLock
    /// Whether this process made the folder.
    let isNew: Bool

    static func prepare(_ command: TrainCommand) throws -> TrainingStart {
        if let resume = command.resume { return try resuming(resume, command) }
        var configuration = try loadConfiguration(command)
        if let steps = command.steps { configuration.steps = steps }
        if let seed = command.seeding.seed { configuration.seed = seed }
        applyIntervals(command, to: &configuration)
        configuration.threads = command.threading.threads ?? configuration.threads ?? Parallel.workerCount
        configuration = try DatasetRegistry.recordingShape(of: configuration)
        let trainer = try ModelRegistry.trainer(for: configuration)
        Parallel.setThreadCount(configuration.threads!)
        let runName = command.name ?? URL(fileURLWithPath: command.config!).deletingPathExtension().lastPathComponent
        let folder = try RunFolder.create(in: URL(fileURLWithPath: command.runs), name: runName, configuration: configuration)
        return TrainingStart(folder: folder, configuration: configuration, trainer: trainer, lock: try RunLock(folder: folder), isNew: true)
    }

    /// The run of `path` from its newest checkpoint, or the one `--from` names:
    /// stale temporaries of a killed write go, newer checkpoints are set aside,
    /// and the recorded intervals and thread count hold unless given again.
    private static func resuming(_ path: String, _ command: TrainCommand) throws -> TrainingStart {
        let folder = try RunFolder(existing: URL(fileURLWithPath: path))
        let lock = try RunLock(folder: folder)
        for file in folder.removeStaleTemporaries() { note("removed \(file.lastPathComponent), left by a write that was cut off") }
        let chosen = try command.from.map(folder.checkpoint(named:)) ?? folder.stepCheckpoints().last
        guard let chosen else { throw CommandError("\(path): the run has no checkpoint to resume from") }
        var (configuration, trainer): (TrainingConfiguration, Trainer)
        do {
            (configuration, trainer) = try ModelRegistry.trainer(restoring: chosen.url, steps: command.steps)
        } catch {
            throw CommandError("\(ErrorText.describe(error)). \(intactAlternative(in: folder, before: chosen.step, path: path))")
        }
        guard trainer.step < configuration.steps else {
            throw CommandError("\(path): the run already reached step \(trainer.step) of \(configuration.steps); give a larger --steps to continue")
        }
        for aside in try folder.setAsideCheckpoints(after: chosen.step) { note("set aside \(aside.lastPathComponent), past the step resumed from") }
        applyIntervals(command, to: &configuration)
        configuration.threads = resumedThreads(command, recorded: configuration.threads)
        Parallel.setThreadCount(configuration.threads!)
        try AtomicFileWriter.write(Data(configuration.yaml.utf8), to: folder.configurationURL)
        note("resuming from \(chosen.url.lastPathComponent) (step \(trainer.step))")
        return TrainingStart(folder: folder, configuration: configuration, trainer: trainer, lock: lock, isNew: false)
    }

    /// The thread count of a resumed run: `--threads`, else the recorded count
    /// (`OMP_NUM_THREADS` does not change it: a resume repeats the run bit for
    /// bit only at the same count), with a warning when they differ.
    private static func resumedThreads(_ command: TrainCommand, recorded: Int?) -> Int {
        let used = command.threading.threads ?? recorded ?? Parallel.workerCount
        if let recorded, recorded != used {
            note("warning: the run trained with \(recorded) threads and continues with \(used); results will not repeat bit for bit those of an uninterrupted run")
        } else if let recorded, command.threading.threads == nil, ProcessInfo.processInfo.environment["OMP_NUM_THREADS"].flatMap(Int.init).map({ $0 != recorded }) ?? false {
            note("note: continuing with the run's \(recorded) threads, not OMP_NUM_THREADS; give --threads to change it")
        }
        return used
    }

    private static func applyIntervals(_ command: TrainCommand, to configuration: inout TrainingConfiguration) {
        if let value = command.logEvery { configuration.logEvery = value }
        if let value = command.sampleEvery { configuration.sampleEvery = value }
        if let value = command.checkpointEvery { configuration.checkpointEvery = value }
        if let value = command.keep { configuration.keepCheckpoints = value }
    }

    /// What to do when the checkpoint chosen cannot be read: the newest earlier one that can.
    private static func intactAlternative(in folder: RunFolder, before step: Int, path: String) -> String {
        let earlier = folder.stepCheckpoints().filter { $0.step < step }.reversed()
        guard let intact = earlier.first(where: { (try? TrainingCheckpoint(contentsOf: $0.url)) != nil }) else {
            return "No earlier checkpoint of \(path) can be read either."
        }
        return "The previous checkpoint is intact: continue from it with swiftgan train --resume \(path) --from step-\(intact.step)"
    }

    private static func loadConfiguration(_ command: TrainCommand) throws -> TrainingConfiguration {
        guard let config = command.config else { preconditionFailure("TrainingStart: no configuration to load") }
        var configuration: TrainingConfiguration
        if config.hasSuffix(".yaml") || config.hasSuffix(".yml") || config.contains("/") {
            let text: String
            do {
                text = try String(contentsOfFile: config, encoding: .utf8)
            } catch {
                throw CommandError("\(config): cannot read the configuration file (\(ErrorText.describe(error)))")
            }
            configuration = try TrainingConfiguration(yaml: text, source: config)
        } else {
            configuration = try Presets.configuration(config)
        }
        for override in command.overrides {
            let equals = override.firstIndex(of: "=")!
            try configuration.set(String(override[..<equals]), to: String(override[override.index(after: equals)...]))
        }
        return configuration
    }

    /// The error to show for a run that failed: a new run that wrote no
    /// checkpoint is removed (it holds nothing to keep); any other is recorded
    /// as failed in `status.json`, and the message names its last good checkpoint.
    func failed(with error: any Error) -> CommandError {
        let message = ErrorText.describe(error)
        let last = folder.stepCheckpoints().last
        if isNew && last == nil {
            try? FileManager.default.removeItem(at: folder.url)
            return CommandError("\(message). The run folder \(folder.url.path) was removed: it held no checkpoint yet")
        }
        try? folder.record(RunStatus(state: .failed, step: last?.step ?? 0, error: message))
        return CommandError("\(message).\(last.map { " The last good checkpoint is \($0.url.path)." } ?? "")")
    }

    private static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
