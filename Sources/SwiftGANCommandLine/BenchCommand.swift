import ArgumentParser
import Foundation
import SwiftGAN
import SwiftGANBenchmarks

/// `swiftgan bench`: the benchmark cases, timed here (the ratios against PyTorch come from bench/run_*_bench.sh).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the benchmark cases (engine, train, style, data, metrics); one JSON line per case.",
        discussion: "bench/run_engine_bench.sh, run_train_bench.sh (--suite train or style), run_data_bench.sh and run_metrics_bench.sh run the same cases beside PyTorch and print the ratios.")

    @Argument(help: "The suite: engine, train, style, data or metrics.")
    var suite: String

    @Option(parsing: .unconditional, help: "Seconds per case (a fifth to warm up, then five timed windows).")
    var seconds = 3.0

    @OptionGroup var threading: ThreadOptions

    @Option(name: .customLong("case"), help: "Run only this case (repeatable).")
    var cases: [String] = []

    func validate() throws {
        guard BenchmarkSuite(rawValue: suite) != nil else {
            throw ValidationError("unknown suite '\(suite)'; choose one of \(BenchmarkSuite.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if !(seconds.isFinite && seconds > 0 && seconds <= 3_600) { throw ValidationError("--seconds must be a number above 0 and at most 3600, got \(seconds)") }
    }

    func run() throws {
        threading.apply()
        do {
            try BenchmarkSuite(rawValue: suite)!.run(selected: cases, seconds: seconds) { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }
        } catch let error as BenchmarkError {
            throw CommandError(error.description)
        }
    }
}
