import SwiftGANCommandLine
import Foundation
import SwiftGAN

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fuzzes the `swiftgan` command line: random command lines from
/// `CommandLineFuzzGrammar` run in this process against a workspace of small
/// checkpoints and damaged files. A signal, a hang or memory past the bound
/// ends the process (see `FuzzWatchdog`); every case must also end with exit
/// code 0, 1 (an error) or 64 (a usage error), a message when it fails, and
/// no raw system error text in that message.
public struct CommandLineFuzzCampaign {
    public let seed: UInt64
    public let cases: Int
    /// Seconds one case may take before it counts as a hang.
    public var hangSeconds = 120.0
    /// Resident bytes the process may reach.
    public var memoryLimit = 6 << 30
    /// Writes every case and how it ended to standard error.
    public var trace = false

    public init(seed: UInt64, cases: Int) {
        (self.seed, self.cases) = (seed, cases)
    }

    /// Messages that show a system error's internals instead of its cause.
    static let rawErrorMarkers = ["Domain=", "Code=", "The operation could not be completed", "Fatal error", " error 1.)", "(SwiftGAN"]

    /// Runs the campaign; command output goes to /dev/null, and the report is returned.
    public func run() throws -> CommandLineFuzzReport {
        let savedError = dup(2), savedOutput = dup(1)
        let null = open("/dev/null", O_WRONLY)
        fflush(nil)
        dup2(null, 1)
        dup2(null, 2)
        defer {
            fflush(nil)
            dup2(savedOutput, 1)
            dup2(savedError, 2)
            close(null)
            close(savedOutput)
            close(savedError)
        }
        let workspace = try CommandLineFuzzWorkspace()
        defer { workspace.remove() }
        FuzzWatchdog.start(reportingTo: savedError, hangSeconds: hangSeconds, memoryLimit: memoryLimit)
        defer { FuzzWatchdog.stop() }
        let directory = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(workspace.scratch.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(directory) }
        let threads = Parallel.workerCount
        var grammar = CommandLineFuzzGrammar(workspace: workspace, seed: seed)
        var report = CommandLineFuzzReport(seed: seed)
        let start = Date()
        for index in 0..<cases {
            if index % 200 == 0 {
                workspace.clearScratch()
                _ = FileManager.default.changeCurrentDirectoryPath(workspace.scratch.path)
            }
            let arguments = workspace.withFixturesCopied(grammar.next(), case: index)
            FuzzWatchdog.begin(arguments.map { "'\($0)'" }.joined(separator: " "))
            let caseStart = Date()
            let outcome = SwiftGANCommand.execute(arguments)
            FuzzWatchdog.end()
            Parallel.setThreadCount(threads)
            report.count(arguments[0], outcome: outcome, seconds: Date().timeIntervalSince(caseStart))
            if let problem = Self.problem(with: outcome) { report.record(problem, arguments: arguments) }
            if trace {
                let line = "\(outcome.code) \(arguments.joined(separator: " ")) -> \(outcome.message.split(separator: "\n").first ?? "")\n"
                _ = line.withCString { write(savedError, $0, strlen($0)) }
            }
        }
        report.seconds = Date().timeIntervalSince(start)
        report.peakResidentBytes = FuzzWatchdog.residentBytes()
        return report
    }

    /// What is wrong with how a case ended, if anything.
    static func problem(with outcome: SwiftGANCommand.Outcome) -> String? {
        guard [0, 1, 64].contains(outcome.code) else { return "exit code \(outcome.code)" }
        guard outcome.code == 0 || !outcome.message.isEmpty else { return "failed without a message" }
        guard outcome.code != 0 else { return nil }
        if let marker = rawErrorMarkers.first(where: outcome.message.contains) { return "raw error text '\(marker)' in: \(outcome.message)" }
        return nil
    }
}
