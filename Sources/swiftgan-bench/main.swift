import Foundation
import SwiftGAN

/// Release-mode benchmarks; prints one JSON object per case.
///
/// Usage: swiftgan-bench engine|train|data|metrics [--threads N] [--seconds S] [--case NAME ...] | SUITE --list
/// `engine`: kernels and autodiff; `train`: the training-step cases of the zoo;
/// `data`: the input pipeline (its PNG folder goes to $SWIFTGAN_BENCH_FOLDER, made on first use);
/// `metrics`: Inception-v3 features and an MNIST-domain FID end to end.
/// Threads: the kernels and oneDNN share one OpenMP pool; `--threads` sets its
/// size (default: OMP_NUM_THREADS, else every core).
let arguments = Array(CommandLine.arguments.dropFirst())
guard let suite = arguments.first, ["engine", "train", "data", "metrics"].contains(suite) else {
    FileHandle.standardError.write(Data("usage: swiftgan-bench engine|train|data|metrics [--threads N] [--seconds S] [--case NAME ...] | SUITE --list\n".utf8))
    exit(2)
}
let dataFolder = ProcessInfo.processInfo.environment["SWIFTGAN_BENCH_FOLDER"]
    ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("swiftgan-bench-png64")
if suite == "data" && !FileManager.default.fileExists(atPath: dataFolder) {
    try DataBenchmarks.writeFolder(dataFolder)
}
let cases: [BenchmarkCase]
switch suite {
case "train": cases = TrainingBenchmarks.all
case "data": cases = DataBenchmarks.all(folder: dataFolder)
case "metrics": cases = MetricBenchmarks.all
default: cases = EngineBenchmarks.all
}
var seconds = 3.0
var selected: [String] = []
var index = 1
while index < arguments.count {
    switch arguments[index] {
    case "--seconds" where index + 1 < arguments.count:
        guard let value = Double(arguments[index + 1]), value > 0 else {
            FileHandle.standardError.write(Data("swiftgan-bench: --seconds needs a positive number\n".utf8))
            exit(2)
        }
        seconds = value
        index += 2
    case "--threads" where index + 1 < arguments.count:
        guard let value = Int(arguments[index + 1]), value > 0 else {
            FileHandle.standardError.write(Data("swiftgan-bench: --threads needs a positive integer\n".utf8))
            exit(2)
        }
        Parallel.setThreadCount(value)
        index += 2
    case "--list":
        print(cases.map(\.name).joined(separator: "\n"))
        exit(0)
    case "--case" where index + 1 < arguments.count:
        selected.append(arguments[index + 1])
        index += 2
    default:
        FileHandle.standardError.write(Data("swiftgan-bench: unknown argument '\(arguments[index])'\n".utf8))
        exit(2)
    }
}
let unknown = selected.filter { name in !cases.contains { $0.name == name } }
if !unknown.isEmpty {
    FileHandle.standardError.write(Data("swiftgan-bench: unknown case \(unknown); cases: \(cases.map(\.name))\n".utf8))
    exit(2)
}
for benchmark in cases where selected.isEmpty || selected.contains(benchmark.name) {
    FileHandle.standardOutput.write(Data((benchmark.run(seconds: seconds) + "\n").utf8))
}
