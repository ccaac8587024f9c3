import Foundation
import SwiftGANKernels
import SwiftGANNN

/// A training run's folder, `runs/00003-mnist_dcgan/`, in the layout users of
/// stylegan2-ada know: the resolved `config.yaml`, `checkpoints/` (the last few
/// `step-NNNNNNN.safetensors` and `best.safetensors`), `samples/` (fixed-latent
/// grids over time), `metrics.jsonl`, `losses.png` and TensorBoard's event files in `tensorboard/`.
public struct RunFolder: Sendable {
    public let url: URL

    public var configurationURL: URL { url.appendingPathComponent("config.yaml") }
    public var checkpointsURL: URL { url.appendingPathComponent("checkpoints") }
    public var samplesURL: URL { url.appendingPathComponent("samples") }
    public var metricsURL: URL { url.appendingPathComponent("metrics.jsonl") }
    public var tensorBoardURL: URL { url.appendingPathComponent("tensorboard") }
    public var plotURL: URL { url.appendingPathComponent("losses.png") }
    public var bestCheckpointURL: URL { checkpointsURL.appendingPathComponent("best.safetensors") }

    /// A new folder `NNNNN-name` under `root`, numbered after the highest existing one,
    /// with `configuration` written into it: an unwritable place fails here, before training.
    public static func create(in root: URL, name: String, configuration: TrainingConfiguration) throws -> RunFolder {
        let manager = FileManager.default
        do {
            try FolderMaker.create(root)
        } catch {
            throw RunError("\(root.path): cannot create the runs folder (\(ErrorText.describe(error)))")
        }
        let safeName = String(name.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" ? $0 : "_" })
        var folder: RunFolder
        // Claim the next number by creating its folder; a run started at the same moment takes the one after.
        repeat {
            let existing = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
            let next = (existing.compactMap { Int($0.prefix(5)) }.max() ?? -1) + 1
            folder = RunFolder(url: root.appendingPathComponent(String(format: "%05d-", next) + safeName))
        } while mkdir(folder.url.path, 0o755) != 0 && errno == EEXIST
        do {
            for directory in [folder.url, folder.checkpointsURL, folder.samplesURL] {
                try FolderMaker.create(directory)
            }
            try AtomicFileWriter.write(Data(configuration.yaml.utf8), to: folder.configurationURL)
        } catch {
            throw RunError("\(folder.url.path): the run folder cannot be written (\(ErrorText.describe(error)))")
        }
        return folder
    }

    /// An existing run folder (for resuming); it must hold `config.yaml`.
    public init(existing url: URL) throws {
        self.url = url
        guard FileManager.default.fileExists(atPath: configurationURL.path) else {
            throw RunError("\(url.path): not a run folder (no config.yaml)")
        }
    }

    private init(url: URL) {
        self.url = url
    }

    /// The checkpoint of `step`.
    public func checkpointURL(step: Int) -> URL {
        checkpointsURL.appendingPathComponent(String(format: "step-%07d.safetensors", step))
    }

    /// The step checkpoints present, oldest first.
    public func stepCheckpoints() -> [(step: Int, url: URL)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: checkpointsURL.path)) ?? []
        return names.compactMap { name -> (Int, URL)? in
            guard name.hasPrefix("step-"), name.hasSuffix(".safetensors"), let step = Int(name.dropFirst(5).dropLast(12)) else { return nil }
            return (step, checkpointsURL.appendingPathComponent(name))
        }.sorted { $0.0 < $1.0 }
    }

    /// Removes all but the newest `count` step checkpoints.
    public func pruneCheckpoints(keeping count: Int) {
        for old in stepCheckpoints().dropLast(count) { try? FileManager.default.removeItem(at: old.url) }
    }
}
