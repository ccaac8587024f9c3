import Foundation
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim
import SwiftGANReporting

/// Trains into a run folder: metrics to `metrics.jsonl` and TensorBoard, the
/// loss plot, fixed-latent sample grids, and checkpoints at their intervals
/// (the newest few kept, and the best by `evaluate` when given), at the
/// intervals of its configuration. Checkpoints are written atomically, so a
/// crash or a full disk never spoils the last good one; a stop request writes
/// one before returning. The best checkpoint is in place before its score is
/// recorded, so a score in `metrics.jsonl` always has its file.
public final class TrainingRun {
    /// How a call to `run` ended.
    public enum Outcome: Equatable, Sendable {
        case finished
        case stopped(step: Int)
    }

    public let folder: RunFolder
    public let configuration: TrainingConfiguration
    public let trainer: Trainer
    /// A quality measure for picking the best checkpoint: its name and a value, lower is better.
    public var evaluate: (() throws -> (name: String, value: Double))?
    private let board: TensorBoardWriter
    private var losses: [String: [(step: Int, value: Float)]] = [:]
    private var best: Double?
    /// The best file is the checkpoint resumed from and its score was cut off:
    /// `run` measures it again before the first step.
    private var bestNeedsScore = false
    private let started = Date()

    /// Continues (or starts) `trainer` in `folder`. Lines of `metrics.jsonl` past
    /// the trainer's step (from a run killed after its last checkpoint) are
    /// dropped; TensorBoard is told of the restart in a new event file, so it
    /// drops those steps too; a missing or outdated best checkpoint is repaired.
    public init(folder: RunFolder, configuration: TrainingConfiguration, trainer: Trainer) throws {
        (self.folder, self.configuration, self.trainer) = (folder, configuration, trainer)
        board = try TensorBoardWriter(directory: folder.tensorBoardURL)
        let evaluations = try keepMetrics(upTo: trainer.step)
        if trainer.step > 0 {
            try board.addSessionStart(step: trainer.step + 1)
            try repairBest(evaluations)
        }
    }

    /// Trains until `configuration.steps`, or until `shouldStop` returns true
    /// (checked after every step; a checkpoint is written then). `report` gets
    /// the step and its metrics after every step.
    public func run(shouldStop: () -> Bool = { false }, report: (Int, [String: Float]) -> Void = { _, _ in }) throws -> Outcome {
        if bestNeedsScore, let evaluate {
            let measure = try evaluate()
            best = measure.value
            bestNeedsScore = false
            try record(measure)
        }
        while trainer.step < configuration.steps {
            let metrics = try trainer.trainStep()
            let step = trainer.step
            report(step, metrics)
            if step % configuration.logEvery == 0 || step == configuration.steps { try log(metrics, step: step) }
            if step % configuration.sampleEvery == 0 || step == configuration.steps { try drawSamples(step: step) }
            if step % configuration.checkpointEvery == 0 || step == configuration.steps { try saveCheckpoint() }
            if shouldStop() && step < configuration.steps {
                if step % configuration.checkpointEvery != 0 { try saveCheckpoint() }
                return .stopped(step: step)
            }
        }
        return .finished
    }

    /// Writes the checkpoint of the current step, keeps the newest few, and
    /// copies it to `best.safetensors` when `evaluate` says it is the best so
    /// far, before the score is recorded.
    public func saveCheckpoint() throws {
        let url = folder.checkpointURL(step: trainer.step)
        try trainer.checkpoint(configuration: configuration.json).write(to: url)
        guard let evaluate else {
            folder.pruneCheckpoints(keeping: configuration.keepCheckpoints)
            return
        }
        let measure = try evaluate()
        if best.map({ measure.value < $0 }) ?? true {
            try AtomicFileWriter.write(Data(contentsOf: url), to: folder.bestCheckpointURL)
            best = measure.value
        }
        folder.pruneCheckpoints(keeping: configuration.keepCheckpoints)
        try record(measure)
    }

    /// The evaluation of the current step in `metrics.jsonl` and TensorBoard.
    private func record(_ measure: (name: String, value: Double)) throws {
        try appendMetrics(["step": trainer.step, "eval": [measure.name: measure.value]])
        try board.add(scalars: ["eval/" + measure.name: Float(measure.value)], step: trainer.step)
    }

    private func log(_ metrics: [String: Float], step: Int) throws {
        var line: [String: Any] = ["step": step, "seconds": (Date().timeIntervalSince(started) * 10).rounded() / 10]
        for (key, value) in metrics where value.isFinite { line[key] = Double(value) }
        try appendMetrics(line)
        try board.add(scalars: metrics.filter { $0.value.isFinite }, step: step)
        for (key, value) in metrics where key.hasPrefix("loss_") { losses[key, default: []].append((step, value)) }
        guard !losses.isEmpty else { return }
        let image = LossPlot().image(losses)
        try AtomicFileWriter.write(Data(PNGCodec.encode(image)), to: folder.plotURL)
    }

    private func drawSamples(step: Int) throws {
        let image: Image
        if let translator = trainer.model as? any TranslationModel {
            image = ImageGrid(columns: 6).image(TranslationSheet.preview(of: translator, inference: trainer.inference, count: 16))
        } else if let prior = trainer.model as? DeepImagePrior {
            image = ImageGrid(columns: 3).image(prior.sheet(inference: trainer.inference))
        } else if let translator = trainer.model as? any DomainTranslationModel {
            image = ImageGrid(columns: translator.domains.groups.count + 1).image(translator.editSheet(inference: trainer.inference, count: 8))
        } else {
            let samples = trainer.samples(count: 64, seed: configuration.seed &+ 0x5A_4D_50_4C).samples
            image = samples.rank == 4 ? ImageGrid().image(samples) : ScatterPlot().image(samples)
        }
        let png = try PNGCodec.encode(image)
        try AtomicFileWriter.write(Data(png), to: folder.samplesURL.appendingPathComponent(String(format: "step-%07d.png", step)))
        try board.add(imageTag: "samples", png: png, width: image.width, height: image.height, channels: image.channels, step: step)
    }

    private func appendMetrics(_ line: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]) + Data("\n".utf8)
        if !FileManager.default.fileExists(atPath: folder.metricsURL.path) {
            guard FileManager.default.createFile(atPath: folder.metricsURL.path, contents: nil) else {
                throw RunError("\(folder.metricsURL.path): cannot be created")
            }
        }
        let handle = try FileHandle(forWritingTo: folder.metricsURL)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: data)
    }

    /// Drops the lines past `step` from `metrics.jsonl`, takes the loss history
    /// from the lines kept and returns their evaluations.
    private func keepMetrics(upTo step: Int) throws -> [(step: Int, value: Double)] {
        guard let text = try? String(contentsOf: folder.metricsURL, encoding: .utf8) else { return [] }
        var kept: [Substring] = []
        var evaluations: [(step: Int, value: Double)] = []
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let lineStep = object["step"] as? Int, lineStep <= step else { continue }
            kept.append(line)
            if let evaluation = object["eval"] as? [String: Double], let value = evaluation.values.first {
                evaluations.append((lineStep, value))
            }
            for (key, value) in object where key.hasPrefix("loss_") {
                if let number = value as? Double { losses[key, default: []].append((lineStep, Float(number))) }
            }
        }
        try AtomicFileWriter.write(Data((kept.map { $0 + "\n" }.joined()).utf8), to: folder.metricsURL)
        return evaluations
    }

    /// Makes `best.safetensors` agree with the evaluations kept. A best file
    /// from past the step resumed from (a resume `--from` an earlier checkpoint)
    /// belongs to the abandoned steps and is set aside. A best file of the very
    /// step resumed from without a recorded score was written just before a
    /// kill cut its record off: it stays, and `run` measures it again. A best
    /// file that is not the best recorded evaluation's is replaced by that
    /// checkpoint when it is still kept (an older version recorded the score
    /// first, and could be killed before the copy). Otherwise the best score is
    /// the one of the best file's own step, or none without a readable best
    /// file, so that the next evaluation writes one.
    private func repairBest(_ evaluations: [(step: Int, value: Double)]) throws {
        var bestStep = try? TrainingCheckpoint(contentsOf: folder.bestCheckpointURL).step
        if let step = bestStep, step > trainer.step {
            try folder.setAside(folder.bestCheckpointURL)
            bestStep = nil
        }
        if bestStep == trainer.step && !evaluations.contains(where: { $0.step == trainer.step }) {
            bestNeedsScore = true
            return
        }
        guard let recorded = evaluations.min(by: { $0.value < $1.value }) else { return }
        if bestStep != recorded.step, let kept = folder.stepCheckpoints().first(where: { $0.step == recorded.step }) {
            try AtomicFileWriter.write(Data(contentsOf: kept.url), to: folder.bestCheckpointURL)
            best = recorded.value
            return
        }
        best = evaluations.filter { $0.step == bestStep }.map(\.value).min()
    }
}
