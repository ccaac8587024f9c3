import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan train`: trains a preset or a YAML configuration into a run folder, or resumes one.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a GAN into a run folder (config, checkpoints, sample grids, metrics.jsonl, TensorBoard, loss plot).",
        discussion: """
            CONFIG is a preset name or a YAML file of configuration keys (a YAML file may start from a preset \
            with 'preset: NAME'). Ctrl-C or SIGTERM writes a checkpoint before exiting; --resume RUN continues \
            from the newest checkpoint of a run folder.

            Presets:
            """ + Presets.descriptions.map { "  \($0.name): \($0.description)" }.joined(separator: "\n"))

    @Argument(help: "A preset name or a YAML configuration file.")
    var config: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Override one configuration key, e.g. --set batch_size=128 (repeatable).", valueName: "key=value"))
    var overrides: [String] = []

    @Option(help: "Steps to train (default: the configuration's; with --resume, a new total, which also stretches a learning-rate decay).")
    var steps: Int?

    @Option(help: "The run's seed (default: the configuration's).")
    var seed: UInt64?

    @Option(help: ArgumentHelp("Continue the run in this folder from its newest checkpoint.", valueName: "run-folder"))
    var resume: String?

    @Option(help: "The folder that holds the run folders.")
    var runs = "runs"

    @Option(help: "The run folder's name after its number (default: the preset or file name).")
    var name: String?

    @Option(help: "Log metrics every this many steps.")
    var logEvery = 100

    @Option(help: "Draw a fixed-latent sample grid every this many steps.")
    var sampleEvery = 500

    @Option(help: "Write a checkpoint every this many steps.")
    var checkpointEvery = 1_000

    @Option(help: "Keep this many of the newest step checkpoints (besides best.safetensors).")
    var keep = 3

    func validate() throws {
        if let steps, steps <= 0 { throw ValidationError("--steps must be positive, got \(steps)") }
        for (flag, value) in [("--log-every", logEvery), ("--sample-every", sampleEvery), ("--checkpoint-every", checkpointEvery), ("--keep", keep)] where value <= 0 {
            throw ValidationError("\(flag) must be positive, got \(value)")
        }
        if resume != nil && (config != nil || !overrides.isEmpty || seed != nil) {
            throw ValidationError("--resume continues a run with its own configuration; give no CONFIG, --set or --seed with it")
        }
        if resume == nil && config == nil { throw ValidationError("give a preset name or a YAML file to train, or --resume RUN") }
    }

    func run() throws {
        let (folder, configuration, trainer) = try prepare()
        let schedule = RunSchedule(logEvery: logEvery, sampleEvery: sampleEvery, checkpointEvery: checkpointEvery, keepCheckpoints: keep)
        let run = try TrainingRun(folder: folder, configuration: configuration, trainer: trainer, schedule: schedule)
        run.evaluate = RunEvaluation.measure(for: configuration, trainer: trainer)
        FileHandle.standardError.write(Data("run folder: \(folder.url.path)\n".utf8))
        let signals = StopSignals()
        var progress = ProgressReporter(total: configuration.steps, logEvery: logEvery, startStep: trainer.step)
        let outcome: TrainingRun.Outcome
        do {
            outcome = try run.run(shouldStop: { signals.received != nil }) { step, metrics in progress.update(step: step, metrics: metrics) }
        } catch let error as TrainingError {
            progress.finish()
            let last = folder.stepCheckpoints().last.map { " The last good checkpoint is \($0.url.path)." } ?? ""
            throw CommandError("\(error.description).\(last)")
        }
        if case .stopped(let step) = outcome {
            progress.finish()
            FileHandle.standardError.write(Data("stopped at step \(step); checkpoint written. Continue with: swiftgan train --resume \(folder.url.path)\n".utf8))
            throw ExitCode(128 + (signals.received ?? SIGINT))
        }
        signals.stop()
        let quality = try QualityMeasures.report(for: configuration, trainer: trainer, seed: QualityMeasures.finalSeed(of: configuration))
        let report = try JSONSerialization.data(withJSONObject: ["step": trainer.step, "quality": quality], options: [.sortedKeys])
        try report.write(to: folder.url.appendingPathComponent("quality.json"), options: .atomic)
        FileHandle.standardOutput.write(report + Data("\n".utf8))
    }

    /// The run folder, configuration and trainer: new from CONFIG, or restored from --resume.
    private func prepare() throws -> (RunFolder, TrainingConfiguration, Trainer) {
        if let resume {
            let folder = try RunFolder(existing: URL(fileURLWithPath: resume))
            guard let latest = folder.stepCheckpoints().last else { throw CommandError("\(resume): the run has no checkpoint to resume from") }
            let (configuration, trainer) = try ZooBuilder.trainer(restoring: latest.url, steps: steps)
            guard trainer.step < configuration.steps else {
                throw CommandError("\(resume): the run already reached step \(trainer.step) of \(configuration.steps); give a larger --steps to continue")
            }
            try AtomicFileWriter.write(Data(configuration.yaml.utf8), to: folder.configurationURL)
            FileHandle.standardError.write(Data("resuming from \(latest.url.lastPathComponent) (step \(trainer.step))\n".utf8))
            return (folder, configuration, trainer)
        }
        var configuration = try loadConfiguration()
        if let steps { configuration.steps = steps }
        if let seed { configuration.seed = seed }
        let trainer = try ZooBuilder.trainer(for: configuration)
        let runName = name ?? URL(fileURLWithPath: config!).deletingPathExtension().lastPathComponent
        let folder = try RunFolder.create(in: URL(fileURLWithPath: runs), name: runName, configuration: configuration)
        return (folder, configuration, trainer)
    }

    private func loadConfiguration() throws -> TrainingConfiguration {
        guard let config else { preconditionFailure("TrainCommand: no configuration to load") }
        var configuration: TrainingConfiguration
        if config.hasSuffix(".yaml") || config.hasSuffix(".yml") || config.contains("/") {
            guard let text = try? String(contentsOfFile: config, encoding: .utf8) else { throw CommandError("\(config): cannot read the configuration file") }
            configuration = try TrainingConfiguration(yaml: text, source: config)
        } else {
            configuration = try Presets.configuration(config)
        }
        for override in overrides {
            guard let equals = override.firstIndex(of: "=") else { throw CommandError("--set expects key=value, got '\(override)'") }
            try configuration.set(String(override[..<equals]), to: String(override[override.index(after: equals)...]))
        }
        return configuration
    }
}
