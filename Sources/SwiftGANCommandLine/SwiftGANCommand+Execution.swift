import ArgumentParser
import Foundation
import SwiftGAN

extension SwiftGANCommand {
    /// How one command line ended: its exit code, and the message to show
    /// (on standard output for help, on standard error otherwise).
    public struct Outcome: Sendable {
        public let code: Int32
        public let message: String
        public let isHelp: Bool
    }

    /// Parses and runs `arguments` (without the program name) in this process.
    /// Every failure becomes one message naming what to change; Foundation's
    /// errors are put in words ("No space left on device"), never domains and codes.
    public static func execute(_ arguments: [String]) -> Outcome {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return Outcome(code: 0, message: "", isHelp: false)
        } catch {
            let shown = ErrorText.isFoundationError(error) ? CommandError(ErrorText.describeNamingFile(error)) : error
            let code = exitCode(for: shown).rawValue
            return Outcome(code: code, message: fullMessage(for: shown), isHelp: code == 0)
        }
    }

    /// Runs the process's command line and exits with its code.
    public static func runAsProcess() -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first != "train" { InterruptCleanup.install() }
        let outcome = execute(arguments)
        if !outcome.message.isEmpty {
            (outcome.isHelp ? FileHandle.standardOutput : FileHandle.standardError).write(Data((outcome.message + "\n").utf8))
        }
        Foundation.exit(outcome.code)
    }
}
