import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan quality`: the zoo's quality figures for saved checkpoints.
struct QualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quality",
        abstract: "Measure checkpoints as a finished run is measured (its quality.json), one JSON line each.",
        discussion: """
            Give checkpoint files or run folders (a folder means its best, else newest, checkpoint) to follow \
            a run's quality over its saved steps: mode coverage on the 2-D mixtures; the MNIST-classifier \
            distances, class accuracy or InfoGAN's code purity on MNIST; the modes of Stacked MNIST.
            """)

    @Argument(help: "Checkpoints (.safetensors) or run folders.")
    var checkpoints: [String]

    @OptionGroup var seeding: SeedOptions

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if checkpoints.isEmpty { throw ValidationError("give at least one checkpoint or run folder") }
    }

    /// Measures each checkpoint in turn; one that cannot be read or measured
    /// is reported on standard error and the rest are still measured (exit 1 at the end).
    func run() throws {
        threading.apply()
        var failures: [String] = []
        for checkpoint in checkpoints {
            do {
                let url = try CheckpointLocator.resolve(checkpoint)
                let (configuration, inference, step) = try ModelRegistry.inference(restoring: url)
                let quality = try QualityMeasures.report(for: configuration, inference: inference, seed: seeding.seed ?? QualityMeasures.finalSeed(of: configuration))
                let line = try JSONSerialization.data(
                    withJSONObject: ["checkpoint": url.path, "step": step, "quality": quality], options: [.sortedKeys])
                FileHandle.standardOutput.write(line + Data("\n".utf8))
            } catch {
                failures.append(checkpoint)
                FileHandle.standardError.write(Data("Error: \(checkpoint): \(ErrorText.describe(error))\n".utf8))
            }
        }
        if !failures.isEmpty {
            throw CommandError("\(failures.count) of \(checkpoints.count) checkpoints could not be measured: \(failures.joined(separator: ", "))")
        }
    }
}
