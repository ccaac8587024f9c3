import ArgumentParser
import Foundation
import SwiftGAN

/// `swiftgan inspect`: what a checkpoint holds.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect", abstract: "Show what a checkpoint (or a run folder's best or newest one) holds: step, configuration, networks, optimizer state.")

    @Argument(help: "A checkpoint (.safetensors) or a run folder.")
    var checkpoint: String

    func run() throws {
        let folder = try? RunFolder(existing: URL(fileURLWithPath: checkpoint))
        let statusLine = folder?.status().map { "run: \($0.state.rawValue) at step \($0.step) (pid \($0.pid))\($0.error.map { ": \($0)" } ?? "")" }
        if let folder, folder.stepCheckpoints().isEmpty && !FileManager.default.fileExists(atPath: folder.bestCheckpointURL.path) {
            print(([statusLine].compactMap { $0 } + ["checkpoint: none yet in \(folder.checkpointsURL.path)"]).joined(separator: "\n"))
            return
        }
        let url = try CheckpointLocator.resolve(checkpoint)
        let saved = try TrainingCheckpoint(contentsOf: url)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        var lines = ["checkpoint: \(url.path) (\(String(format: "%.1f", Double(size) / 1_048_576)) MiB)", "step: \(saved.step)"]
        if let statusLine { lines.insert(statusLine, at: 0) }
        for (title, group) in [("networks", saved.modules), ("optimizer state", saved.optimizers), ("other state", saved.extras)] where !group.isEmpty {
            lines.append("\(title):")
            for (name, state) in group.sorted(by: { $0.key < $1.key }) {
                let values = state.entries.reduce(0) { $0 + $1.value.count }
                lines.append("  \(name): \(state.count) tensors, \(values.formatted()) values")
            }
        }
        if !saved.randomGenerators.isEmpty { lines.append("random streams: \(saved.randomGenerators.keys.sorted().joined(separator: ", "))") }
        if let configuration = try? TrainingConfiguration(json: saved.configuration, source: url.path) {
            lines.append("configuration:")
            lines += configuration.yaml.split(separator: "\n").map { "  " + $0 }
        } else if !saved.configuration.isEmpty {
            lines.append("configuration (not readable by this version): \(saved.configuration)")
        }
        print(lines.joined(separator: "\n"))
    }
}
