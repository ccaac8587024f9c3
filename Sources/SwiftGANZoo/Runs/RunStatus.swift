import Foundation
import SwiftGANKernels

/// Where a run stands, as `status.json` in its folder records it: written when
/// training starts, stops, finishes or fails, so `inspect` (and a studio) can
/// tell a finished run from one that failed, was stopped, or is training now.
public struct RunStatus: Codable, Equatable, Sendable {
    /// The states a run can be in.
    public enum State: String, Codable, Sendable {
        case running, stopped, finished, failed
    }

    public var state: State
    /// The step of the run's newest checkpoint (or the step reached, when finished).
    public var step: Int
    /// The process that trains (running) or trained the run.
    public var pid: Int32
    /// Why it failed.
    public var error: String?

    public init(state: State, step: Int, pid: Int32 = getpid(), error: String? = nil) {
        (self.state, self.step, self.pid, self.error) = (state, step, pid, error)
    }
}

extension RunFolder {
    /// The run's `status.json`.
    public var statusURL: URL { url.appendingPathComponent("status.json") }

    /// Records `status` atomically.
    public func record(_ status: RunStatus) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFileWriter.write(encoder.encode(status) + Data("\n".utf8), to: statusURL)
    }

    /// The recorded status; a run recorded as running whose lock nobody holds
    /// was killed, and reads as stopped at its newest checkpoint. Nil for a
    /// folder without a status (written before statuses were recorded).
    public func status() -> RunStatus? {
        guard let data = try? Data(contentsOf: statusURL), var status = try? JSONDecoder().decode(RunStatus.self, from: data) else { return nil }
        if status.state == .running && !RunLock.isHeld(self) {
            status = RunStatus(state: .stopped, step: stepCheckpoints().last?.step ?? 0, pid: status.pid, error: "the process ended without recording why (killed?)")
        }
        return status
    }
}
