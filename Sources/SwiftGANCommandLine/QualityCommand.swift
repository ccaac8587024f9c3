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
            distances, class accuracy or InfoGAN's code purity on MNIST; the modes of Stacked MNIST; the shapes \
            classifier's distances on shapes, and there a style-space model's style-mixing shares at every cutoff. \
            With --psi, a style-space model (StyleGAN, StyleGAN2) is measured at each truncation, one line per value; \
            with --truncation, any latent model is measured with its noise redrawn beyond each threshold (BigGAN's \
            truncation trick). For a run folder the trade-off curve is drawn into its truncation.png.
            """)

    @Argument(help: "Checkpoints (.safetensors) or run folders.")
    var checkpoints: [String]

    @Option(help: "Truncations ψ to measure a style-space model at, comma-separated (e.g. 0.5,0.6,0.7,0.8,0.9,1).")
    var psi: String?

    @Option(help: "Noise truncation thresholds to measure at, comma-separated (e.g. 0.2,0.4,0.6,0.8,1): values beyond plus or minus each are redrawn.")
    var truncation: String?

    @OptionGroup var seeding: SeedOptions

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if checkpoints.isEmpty { throw ValidationError("give at least one checkpoint or run folder") }
        if psi != nil && truncation != nil { throw ValidationError("give --psi or --truncation, not both") }
        _ = try truncations()
    }

    /// The settings to measure at: the values of `--psi` (each from 0 to 2) or of
    /// `--truncation` (each at least the smallest limit); one without truncation when neither is given.
    func truncations() throws -> [(psi: Float?, limit: Float?)] {
        if let psi { return try Self.values(of: psi, option: "--psi", range: 0...2).map { ($0, nil) } }
        if let truncation { return try Self.values(of: truncation, option: "--truncation", range: TruncatedNormal.minimumLimit...1_000).map { (nil, $0) } }
        return [(nil, nil)]
    }

    /// The comma-separated numbers of `text`, each in `range`.
    private static func values(of text: String, option: String, range: ClosedRange<Float>) throws -> [Float] {
        try text.split(separator: ",", omittingEmptySubsequences: false).map { piece in
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard let value = Float(trimmed), range.contains(value) else {
                let (low, high) = (String(format: "%g", range.lowerBound), String(format: "%g", range.upperBound))
                throw ValidationError("\(option) takes numbers from \(low) to \(high) separated by commas, got '\(trimmed)' in '\(text)'")
            }
            return value
        }
    }

    /// Measures each checkpoint in turn; one that cannot be read or measured
    /// is reported on standard error and the rest are still measured (exit 1 at the end).
    func run() throws {
        threading.apply()
        var failures: [String] = []
        for checkpoint in checkpoints {
            do {
                try measure(checkpoint)
            } catch {
                failures.append(checkpoint)
                FileHandle.standardError.write(Data("Error: \(checkpoint): \(ErrorText.describe(error))\n".utf8))
            }
        }
        if !failures.isEmpty {
            throw CommandError("\(failures.count) of \(checkpoints.count) checkpoints could not be measured: \(failures.joined(separator: ", "))")
        }
    }

    /// One JSON line per truncation for `checkpoint`, and for a run folder measured at several its `truncation.png`.
    private func measure(_ checkpoint: String) throws {
        let url = try CheckpointLocator.resolve(checkpoint)
        let (configuration, inference, step) = try ModelRegistry.inference(restoring: url)
        let values = try truncations()
        if psi != nil && !(inference.model is any StyleSpaceModel) {
            throw CommandError("--psi: the \(configuration.model) model has no style space to truncate; --truncation truncates its noise")
        }
        if truncation != nil && !(inference.model is any LatentModel) {
            throw CommandError("--truncation: the \(configuration.model) model takes no noise to truncate")
        }
        var reports: [[String: Double]] = []
        for value in values {
            let quality = try QualityMeasures.report(
                for: configuration, inference: inference, seed: seeding.seed ?? QualityMeasures.finalSeed(of: configuration), psi: value.psi,
                truncation: value.limit)
            reports.append(quality)
            var line: [String: Any] = ["checkpoint": url.path, "step": step, "quality": quality]
            if let psi = value.psi { line["psi"] = Double(psi) }
            if let limit = value.limit { line["truncation"] = Double(limit) }
            FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]) + Data("\n".utf8))
        }
        var isDirectory: ObjCBool = false
        guard values.count > 1, FileManager.default.fileExists(atPath: checkpoint, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        let image = TruncationPlot.image(
            values: values.compactMap { $0.psi ?? $0.limit }, axisName: psi != nil ? "psi x 100" : "truncation x 100", figures: reports)
        let plot = URL(fileURLWithPath: checkpoint).appendingPathComponent("truncation.png")
        try AtomicFileWriter.write(Data(PNGCodec.encode(image)), to: plot)
        FileHandle.standardError.write(Data("wrote \(plot.path)\n".utf8))
    }
}
