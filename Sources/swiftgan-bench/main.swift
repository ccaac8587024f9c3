import Foundation
import SwiftGAN
import SwiftGANBenchmarks

/// Release-mode benchmarks; prints one JSON object per case.
///
/// Usage: swiftgan-bench engine|train|style|data|metrics [--threads N] [--seconds S] [--case NAME ...] | SUITE --list
/// The suites are described by `BenchmarkSuite`; `swiftgan bench` runs the same.
/// Threads: the kernels and oneDNN share one OpenMP pool; `--threads` sets its
/// size (default: OMP_NUM_THREADS, else every core).
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("swiftgan-bench: \(message)\n".utf8))
    exit(2)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let suite = arguments.first.flatMap(BenchmarkSuite.init(rawValue:)) else {
    fail("usage: swiftgan-bench engine|train|style|data|metrics [--threads N] [--seconds S] [--case NAME ...] | SUITE --list")
}
var seconds = 3.0
var selected: [String] = []
var index = 1
while index < arguments.count {
    switch arguments[index] {
    case "--seconds" where index + 1 < arguments.count:
        guard let value = Double(arguments[index + 1]), value > 0 else { fail("--seconds needs a positive number") }
        seconds = value
        index += 2
    case "--threads" where index + 1 < arguments.count:
        guard let value = Int(arguments[index + 1]), value > 0 else { fail("--threads needs a positive integer") }
        Parallel.setThreadCount(value)
        index += 2
    case "--list":
        print((try? suite.cases(dataFolder: BenchmarkSuite.defaultDataFolder).map(\.name).joined(separator: "\n")) ?? "")
        exit(0)
    case "--case" where index + 1 < arguments.count:
        selected.append(arguments[index + 1])
        index += 2
    default:
        fail("unknown argument '\(arguments[index])'")
    }
}
do {
    try suite.run(selected: selected, seconds: seconds) { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }
} catch {
    fail("\(error)")
}
