import ArgumentParser
import SwiftGAN

/// `--threads N`, shared by every command that computes: the size of the one
/// OpenMP pool the kernels and oneDNN use.
struct ThreadOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Threads for the kernels and oneDNN, 1 to 1024 (default: OMP_NUM_THREADS, else every core).")
    var threads: Int?

    func validate() throws {
        if let threads, !(1...1_024).contains(threads) { throw ValidationError("--threads must be from 1 to 1024, got \(threads)") }
    }

    /// Sizes the pool when `--threads` was given.
    func apply() {
        if let threads { Parallel.setThreadCount(threads) }
    }
}
