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
            from the newest checkpoint of a run folder (or the one --from names) with the run's own intervals \
            and thread count, unless given again. One process at a time trains in a run folder.

            Presets:
            """ + Presets.descriptions.map { "  \($0.name): \($0.description)" }.joined(separator: "\n"))

    @Argument(help: "A preset name or a YAML configuration file.")
    var config: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Override one configuration key, e.g. --set batch_size=128 (repeatable).", valueName: "key=value"))
    var overrides: [String] = []

    @Option(parsing: .unconditional, help: "Steps to train (default: the configuration's; with --resume, a new total, which also stretches a learning-rate decay).")
    var steps: Int?

    @OptionGroup var seeding: SeedOptions

    @Option(help: ArgumentHelp("Continue the run in this folder from its newest checkpoint.", valueName: "run-folder"))
    var resume: String?

    @Option(help: ArgumentHelp("With --resume: continue from this checkpoint instead (step-N); newer ones are set aside as .abandoned-TIME.", valueName: "step-N"))
    var from: String?

    @Option(help: "The folder that holds the run folders.")
    var runs = "runs"

    @Option(help: "The run folder's name after its number (default: the preset or file name).")
    var name: String?

    @Option(parsing: .unconditional, help: "Log metrics every this many steps (default: the configuration's log_every, 100).")
    var logEvery: Int?

    @Option(parsing: .unconditional, help: "Draw a fixed-latent sample grid every this many steps (default: sample_every, 500).")
    var sampleEvery: Int?

    @Option(parsing: .unconditional, help: "Write a checkpoint every this many steps (default: checkpoint_every, 1000).")
    var checkpointEvery: Int?

    @Option(parsing: .unconditional, help: "Keep this many of the newest step checkpoints besides best.safetensors (default: keep_checkpoints, 3).")
    var keep: Int?

    @Flag(help: "Skip the measurement of the finished run (no quality.json; measure later with swiftgan quality RUN).")
    var skipQuality = false

    /// On --resume the default is the run's recorded count.
    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if let steps, steps <= 0 { throw ValidationError("--steps must be positive, got \(steps)") }
        for (flag, value) in [("--log-every", logEvery), ("--sample-every", sampleEvery), ("--checkpoint-every", checkpointEvery), ("--keep", keep)] {
            if let value, value <= 0 { throw ValidationError("\(flag) must be positive, got \(value)") }
        }
        if resume != nil && (config != nil || !overrides.isEmpty || seeding.seed != nil) {
            throw ValidationError("--resume continues a run with its own configuration; give no CONFIG, --set or --seed with it")
        }
        if resume != nil && name != nil { throw ValidationError("--name names a new run; a resumed run keeps its folder's name") }
        if from != nil && resume == nil { throw ValidationError("--from picks the checkpoint of a resumed run; give --resume RUN with it") }
        if resume == nil && config == nil { throw ValidationError("give a preset name or a YAML file to train, or --resume RUN") }
        if let name, !name.contains(where: { $0.isLetter || $0.isNumber }) {
            throw ValidationError("--name must hold a letter or digit (other characters become _), got '\(name)'")
        }
        for override in overrides {
            guard let equals = override.firstIndex(of: "="), equals != override.startIndex else {
                throw ValidationError("--set expects key=value, got '\(override)' (e.g. --set batch_size=128)")
            }
        }
    }

    func run() throws {
        let start = try TrainingStart.prepare(self)
        let (folder, configuration, trainer) = (start.folder, start.configuration, start.trainer)
        FileHandle.standardError.write(Data("run folder: \(folder.url.path)\n".utf8))
        if let growth = trainer.growth {
            FileHandle.standardError.write(Data("growth: \(growth.summary(batchSize: configuration.batchSize))\n".utf8))
        }
        let signals = StopSignals()
        defer { signals.stop() }
        var progress = ProgressReporter(total: configuration.steps, logEvery: configuration.logEvery, startStep: trainer.step)
        let outcome: TrainingRun.Outcome
        do {
            try folder.record(RunStatus(state: .running, step: trainer.step))
            let run = try TrainingRun(folder: folder, configuration: configuration, trainer: trainer)
            run.evaluate = QualityMeasures.selection(for: configuration) { trainer.inference }
            outcome = try run.run(shouldStop: { signals.received != nil }) { step, metrics in progress.update(step: step, metrics: metrics) }
        } catch {
            progress.finish()
            throw start.failed(with: error)
        }
        if case .stopped(let step) = outcome {
            progress.finish()
            try folder.record(RunStatus(state: .stopped, step: step))
            FileHandle.standardError.write(Data("stopped at step \(step); checkpoint written. Continue with: swiftgan train --resume \(folder.url.path)\n".utf8))
            throw ExitCode(128 + (signals.received ?? SIGINT))
        }
        signals.stop()
        try folder.record(RunStatus(state: .finished, step: trainer.step))
        if skipQuality { return }
        let quality = try QualityMeasures.report(for: configuration, inference: trainer.inference, seed: QualityMeasures.finalSeed(of: configuration))
        let report = try JSONSerialization.data(withJSONObject: ["step": trainer.step, "quality": quality], options: [.sortedKeys])
        try AtomicFileWriter.write(report, to: folder.url.appendingPathComponent("quality.json"))
        FileHandle.standardOutput.write(report + Data("\n".utf8))
    }
}
