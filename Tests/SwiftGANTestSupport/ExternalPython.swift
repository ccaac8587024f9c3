import Foundation
import XCTest

/// The Python that cross-checks use: `$SWIFTGAN_PYTHON`, else `python3` from the PATH.
public enum ExternalPython {
    /// The interpreter, when it can import `modules`; otherwise the test is skipped
    /// with the reason printed (`test` names the test class in the message).
    public static func requiring(_ modules: [String], for test: String) throws -> String {
        let python = ProcessInfo.processInfo.environment["SWIFTGAN_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? "python3"
        let probe = (try? run(python, ["-c", "import " + modules.joined(separator: ", ")])) ?? (status: -1, output: "cannot run \(python)")
        guard probe.status == 0 else {
            let detail = probe.output.split(separator: "\n").last.map(String.init) ?? "exit status \(probe.status)"
            let reason = "\(test) skipped: '\(python)' cannot import \(modules.joined(separator: " and ")) "
                + "(set SWIFTGAN_PYTHON to a Python that has them): \(detail)"
            print(reason)
            throw XCTSkip(reason)
        }
        return python
    }

    /// Runs `executable` (looked up on the PATH unless it is a path) with `arguments`;
    /// returns the exit status and the combined standard output and error.
    public static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
