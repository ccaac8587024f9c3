import SwiftGANCommandLine
import Foundation

/// Counts of a command-line fuzz campaign, and the cases that ended badly.
public struct CommandLineFuzzReport: Sendable {
    public let seed: UInt64
    public var cases = 0
    public var succeeded = 0
    public var failed = 0
    public var refused = 0
    /// Cases per command.
    public var commands: [String: Int] = [:]
    /// Cases per command that ran to success.
    public var commandSuccesses: [String: Int] = [:]
    /// Seconds spent per command.
    public var commandSeconds: [String: Double] = [:]
    /// The cases that ended badly (the first 20), with what was wrong.
    public var findings: [String] = []
    public var findingCount = 0
    public var seconds = 0.0
    public var peakResidentBytes = 0

    mutating func count(_ command: String, outcome: SwiftGANCommand.Outcome, seconds: Double) {
        cases += 1
        commands[command, default: 0] += 1
        commandSeconds[command, default: 0] += seconds
        switch outcome.code {
        case 0:
            succeeded += 1
            commandSuccesses[command, default: 0] += 1
        case 64: refused += 1
        default: failed += 1
        }
    }

    mutating func record(_ problem: String, arguments: [String]) {
        findingCount += 1
        if findings.count < 20 { findings.append("\(problem) [\(arguments.joined(separator: " "))]") }
    }

    /// One JSON object line (`crashes`, hangs and memory overruns end the campaign before it reports, so they are 0 here).
    public var jsonLine: String {
        let object: [String: Any] = [
            "format": "cli", "seed": seed, "cases": cases, "succeeded": succeeded, "failed": failed, "refused": refused,
            "commands": commands, "command_successes": commandSuccesses, "command_seconds": commandSeconds.mapValues { ($0 * 10).rounded() / 10 }, "findings": findingCount, "first_findings": findings, "crashes": 0, "hangs": 0,
            "seconds": (seconds * 10).rounded() / 10, "peak_resident_mib": peakResidentBytes >> 20,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
