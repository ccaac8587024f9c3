import Foundation
import SwiftGAN

/// The benchmark suites, each a list of timed cases that print JSON lines:
/// `engine` (kernels and autodiff), `train` (the zoo's training steps against
/// `torch_peer.py`), `style` (the Level 2 presets' training steps against
/// `bench/style_peer.py`), `translation` (the translation presets' steps
/// against `bench/translation_peer.py`), `restoration` (the super-resolution
/// presets' steps against `bench/restoration_peer.py`), `data` (the input pipeline) and `metrics`
/// (Inception-v3 features, an MNIST-domain FID end to end).
public enum BenchmarkSuite: String, CaseIterable, Sendable {
    case engine, train, style, translation, restoration, data, metrics

    /// The suite's cases; `data` writes its PNG folder to `dataFolder` on first use.
    public func cases(dataFolder: String) throws -> [BenchmarkCase] {
        switch self {
        case .engine: return EngineBenchmarks.all
        case .train: return TrainingBenchmarks.all
        case .style: return StyleBenchmarks.all
        case .translation: return TranslationBenchmarks.all
        case .restoration: return RestorationBenchmarks.all
        case .metrics: return MetricBenchmarks.all
        case .data:
            if !FileManager.default.fileExists(atPath: dataFolder) { try DataBenchmarks.writeFolder(dataFolder) }
            return DataBenchmarks.all(folder: dataFolder)
        }
    }

    /// Where the data suite keeps its PNG folder: `$SWIFTGAN_BENCH_FOLDER`, else a temporary folder.
    public static var defaultDataFolder: String {
        ProcessInfo.processInfo.environment["SWIFTGAN_BENCH_FOLDER"]
            ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("swiftgan-bench-png64")
    }

    /// Runs the `selected` cases (all when empty) for `seconds` each, writing a JSON line per case;
    /// an unknown case name is an error listing the cases.
    public func run(selected: [String], seconds: Double, dataFolder: String = defaultDataFolder, write: (String) -> Void) throws {
        let all = try cases(dataFolder: dataFolder)
        let unknown = selected.filter { name in !all.contains { $0.name == name } }
        guard unknown.isEmpty else {
            throw BenchmarkError("unknown case \(unknown.joined(separator: ", ")) in the \(rawValue) suite; cases: \(all.map(\.name).joined(separator: ", "))")
        }
        for benchmark in all where selected.isEmpty || selected.contains(benchmark.name) { write(benchmark.run(seconds: seconds)) }
    }
}

/// A benchmark request that cannot run.
public struct BenchmarkError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
