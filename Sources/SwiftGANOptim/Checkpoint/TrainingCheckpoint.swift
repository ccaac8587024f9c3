import Foundation
import SwiftGANKernels
import SwiftGANNN

/// Everything needed to continue a training run exactly: every module's
/// state, every optimizer's state, extra named states (moving averages,
/// schedules), the step counter, the random generators and the run's
/// configuration. Stored as one safetensors file (`module.<name>.<key>`,
/// `optimizer.<name>.<key>`, `extra.<name>.<key>`; scalars in the metadata),
/// written atomically and carrying a CRC-32 that is checked on load.
public struct TrainingCheckpoint: Equatable {
    /// The format written in the metadata; other formats are refused.
    public static let format = "swiftgan-checkpoint-1"

    /// Steps completed.
    public var step: Int
    /// Module states by name (`generator`, `discriminator`, `generator_ema`, ...).
    public var modules: [String: StateDict]
    /// Optimizer states by name.
    public var optimizers: [String: StateDict]
    /// Other named states (moving averages, schedules, ...).
    public var extras: [String: StateDict]
    /// Random generators by name.
    public var randomGenerators: [String: RandomGenerator]
    /// The run's resolved configuration, as text.
    public var configuration: String

    public init(
        step: Int, modules: [String: StateDict] = [:], optimizers: [String: StateDict] = [:],
        extras: [String: StateDict] = [:], randomGenerators: [String: RandomGenerator] = [:], configuration: String = ""
    ) {
        precondition(step >= 0, "TrainingCheckpoint: step \(step) is negative")
        for name in Array(modules.keys) + Array(optimizers.keys) + Array(extras.keys) + Array(randomGenerators.keys) {
            precondition(!name.isEmpty && !name.contains("."), "TrainingCheckpoint: name '\(name)' must be non-empty without dots")
        }
        (self.step, self.modules, self.optimizers, self.extras) = (step, modules, optimizers, extras)
        (self.randomGenerators, self.configuration) = (randomGenerators, configuration)
    }

    /// The checkpoint as a safetensors file, checksum included.
    public func file() throws -> SafetensorsFile {
        var file = SafetensorsFile(metadata: [
            "format": Self.format,
            "step": String(step),
            "configuration": configuration,
        ])
        for (name, generator) in randomGenerators {
            let s = generator.state
            file.metadata["random.\(name)"] = [s.0, s.1, s.2, s.3].map { String($0, radix: 16) }.joined(separator: ",")
        }
        for (group, states) in [("module", modules), ("optimizer", optimizers), ("extra", extras)] {
            for (name, state) in states {
                for (key, value) in state.entries { try file.setArray(value, named: "\(group).\(name).\(key)") }
            }
        }
        file.metadata["checksum"] = Self.checksum(of: file)
        return file
    }

    /// Writes atomically: a crash leaves either the old file or the new one, never a mix.
    public func write(to url: URL) throws {
        try file().write(to: url)
    }

    /// Reads and verifies a checkpoint file.
    public init(contentsOf url: URL) throws {
        let file: SafetensorsFile
        do {
            file = try SafetensorsFile(contentsOf: url)
        } catch {
            throw CheckpointError(path: url.path, problem: "\(error)")
        }
        try self.init(file: file, path: url.path)
    }

    /// A checkpoint from a parsed file; `path` names it in errors.
    public init(file: SafetensorsFile, path: String? = nil) throws {
        func fail(_ problem: String) -> CheckpointError { CheckpointError(path: path, problem: problem) }
        guard file.metadata["format"] == Self.format else {
            throw fail("format is \(file.metadata["format"].map { "'\($0)'" } ?? "missing"), expected '\(Self.format)'")
        }
        guard let stored = file.metadata["checksum"] else { throw fail("the checksum is missing") }
        let actual = Self.checksum(of: file)
        guard stored == actual else { throw fail("checksum mismatch: stored \(stored), contents give \(actual); the file is damaged") }
        guard let stepText = file.metadata["step"], let step = Int(stepText), step >= 0 else {
            throw fail("step is missing or not a non-negative integer")
        }
        var groups: [String: [String: [(String, NDArray)]]] = ["module": [:], "optimizer": [:], "extra": [:]]
        for name in file.names {
            let parts = name.split(separator: ".", maxSplits: 2).map(String.init)
            guard parts.count == 3, groups[parts[0]] != nil else { throw fail("unexpected tensor '\(name)'") }
            do {
                groups[parts[0]]![parts[1], default: []].append((parts[2], try file.array(named: name)))
            } catch {
                throw fail("\(error)")
            }
        }
        var generators: [String: RandomGenerator] = [:]
        for (key, text) in file.metadata where key.hasPrefix("random.") {
            let words = text.split(separator: ",").compactMap { UInt64($0, radix: 16) }
            guard words.count == 4 else { throw fail("random generator state '\(key)' is not four hexadecimal words") }
            var generator = RandomGenerator(seed: 0)
            generator.state = (words[0], words[1], words[2], words[3])
            generators[String(key.dropFirst("random.".count))] = generator
        }
        func states(_ group: String) -> [String: StateDict] { groups[group]!.mapValues { StateDict($0) } }
        self.init(
            step: step, modules: states("module"), optimizers: states("optimizer"), extras: states("extra"),
            randomGenerators: generators, configuration: file.metadata["configuration"] ?? "")
    }

    /// CRC-32 over every tensor (name, dtype, shape, bytes, in name order) and
    /// every metadata entry but the checksum (in key order).
    static func checksum(of file: SafetensorsFile) -> String {
        var crc = CRC32()
        for name in file.names {
            let tensor = file[name]!
            crc.update(name)
            crc.update("\(tensor.dtype.rawValue) \(tensor.shape)")
            crc.update(tensor.bytes)
        }
        for key in file.metadata.keys.sorted() where key != "checksum" {
            crc.update(key)
            crc.update(file.metadata[key]!)
        }
        return "crc32:" + String(format: "%08x", crc.value)
    }
}
