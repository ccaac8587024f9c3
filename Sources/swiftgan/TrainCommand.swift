import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan train`: trains a preset, printing metrics as JSON lines and the quality figures at the end.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a preset of the GAN zoo and report its quality.",
        discussion: "Presets:\n" + Presets.descriptions.map { "  \($0.name): \($0.description)" }.joined(separator: "\n"))

    @Option(help: "The preset to train (see the list below).")
    var preset: String

    @Option(help: "Steps to train (default: the preset's).")
    var steps: Int?

    @Option(name: .customLong("set"), help: ArgumentHelp("Override one configuration key, e.g. --set batch_size=128 (repeatable).", valueName: "key=value"))
    var overrides: [String] = []

    @Option(help: "The run's seed.")
    var seed: UInt64 = 0

    @Option(help: "Print metrics every this many steps.")
    var logEvery = 500

    @Option(help: "Write a checkpoint here at the end.")
    var checkpoint: String?

    func validate() throws {
        if let steps, steps <= 0 { throw ValidationError("--steps must be positive, got \(steps)") }
        if logEvery <= 0 { throw ValidationError("--log-every must be positive, got \(logEvery)") }
    }

    func run() throws {
        var configuration: TrainingConfiguration
        do {
            configuration = try Presets.configuration(preset)
            if let steps { configuration.steps = steps }
            for override in overrides {
                guard let equals = override.firstIndex(of: "=") else {
                    throw ValidationError("--set expects key=value, got '\(override)'")
                }
                try configuration.set(String(override[..<equals]), to: String(override[override.index(after: equals)...]))
            }
            configuration.seed = seed
        } catch let error as ConfigurationError {
            throw ValidationError(error.description)
        }
        let trainer = try ZooBuilder.trainer(for: configuration)
        let start = Date()
        for _ in 0..<configuration.steps {
            let metrics = try trainer.trainStep()
            if trainer.step % logEvery == 0 || trainer.step == configuration.steps {
                let fields = metrics.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
                emit("{\"step\": \(trainer.step), \"seconds\": \(Int(Date().timeIntervalSince(start))), \(fields)}")
            }
        }
        if let checkpoint {
            try trainer.checkpoint(configuration: configuration.json).write(to: URL(fileURLWithPath: checkpoint))
        }
        let quality = try QualityMeasures.report(for: configuration, trainer: trainer, seed: seed &+ 99)
        let fields = quality.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
        emit("{\"preset\": \"\(preset)\", \"steps\": \(trainer.step), \"seconds\": \(Int(Date().timeIntervalSince(start))), \"quality\": {\(fields)}}")
    }

    /// Writes one line to standard output at once (unbuffered, so logs follow the run).
    private func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
