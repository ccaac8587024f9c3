import Foundation
import XCTest

/// Runs the `swiftgan` executable built next to the test bundle.
enum CommandRunner {
    struct Result {
        let status: Int32
        let output: String
        let errors: String
    }

    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("swiftgan")
    }

    /// Runs `swiftgan arguments...` to completion; standard error is collected through a file so neither pipe can fill up.
    static func run(_ arguments: [String]) throws -> Result {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: executable.path), "swiftgan is not built at \(executable.path)")
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: out, errors: try String(contentsOf: errorFile, encoding: .utf8))
    }
}
