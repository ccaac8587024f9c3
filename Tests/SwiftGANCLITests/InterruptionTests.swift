import Foundation
import SwiftGAN
import XCTest

/// Nothing is lost when training is interrupted: SIGTERM writes a
/// checkpoint, and after `kill -9` a resume loses at most one interval.
final class InterruptionTests: XCTestCase {
    private var runs: URL!

    override func setUpWithError() throws {
        runs = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-interrupt-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: runs)
    }

    /// Starts a long ring8 run and waits until `ready` holds for its folder.
    private func startLongRun(checkpointEvery: Int, until ready: (RunFolder) -> Bool) throws -> (Process, RunFolder) {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["train", "ring8", "--steps", "1000000", "--log-every", "5", "--checkpoint-every", "\(checkpointEvery)", "--sample-every", "100000", "--runs", runs.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        let folderURL = runs.appendingPathComponent("00000-ring8")
        while Date() < deadline {
            if let folder = try? RunFolder(existing: folderURL), ready(folder) { return (process, folder) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.terminate()
        throw XCTSkip("the run did not reach the wanted state within 120 s")
    }

    func testSIGTERMWritesACheckpointBeforeExiting() throws {
        let (process, folder) = try startLongRun(checkpointEvery: 100_000) { folder in Self.loggedSteps(folder).contains(5) }
        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 128 + SIGTERM)
        let checkpoints = folder.stepCheckpoints()
        XCTAssertEqual(checkpoints.count, 1)
        XCTAssertGreaterThanOrEqual(checkpoints[0].step, 5)
        XCTAssertEqual(try TrainingCheckpoint(contentsOf: checkpoints[0].url).step, checkpoints[0].step)
    }

    func testKillNineThenResumeLosesAtMostOneInterval() throws {
        let interval = 10
        let (process, folder) = try startLongRun(checkpointEvery: interval) { folder in (folder.stepCheckpoints().last?.step ?? 0) >= 2 * interval }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let logged = Self.loggedSteps(folder).max() ?? 0
        let saved = try XCTUnwrap(folder.stepCheckpoints().last).step
        XCTAssertLessThanOrEqual(logged - saved, interval, "at most one checkpoint interval is lost")
        let resumed = try CommandRunner.run(["train", "--resume", folder.url.path, "--steps", "\(saved + 3)", "--log-every", "1", "--checkpoint-every", "\(interval)"])
        XCTAssertEqual(resumed.status, 0, resumed.errors)
        XCTAssertTrue(resumed.errors.contains("(step \(saved))"), resumed.errors)
        XCTAssertEqual(folder.stepCheckpoints().last?.step, saved + 3)
        let steps = Self.loggedSteps(folder)
        XCTAssertEqual(steps, steps.sorted(), "no step is logged twice after the resume")
        XCTAssertEqual(Set(steps).count, steps.count)
        XCTAssertEqual(steps.last, saved + 3)
    }

    /// A second Ctrl-C soon after the first quits at once, cleanly, wherever
    /// the main thread is (before, the exit handlers could run under a kernel and crash).
    func testASecondInterruptQuitsCleanly() throws {
        for trial in 0..<8 {
            let folder = runs.appendingPathComponent("trial-\(trial)")
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = ["train", "ring8", "--steps", "1000000", "--set", "batch_size=4096", "--log-every", "1", "--runs", folder.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(120)
            while Date() < deadline, (try? RunFolder(existing: folder.appendingPathComponent("00000-ring8"))).map(Self.loggedSteps)?.isEmpty ?? true {
                Thread.sleep(forTimeInterval: 0.02)
            }
            kill(process.processIdentifier, SIGINT)
            usleep(UInt32(trial % 4) * 3_000)
            kill(process.processIdentifier, SIGINT)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit, "trial \(trial): ended by signal \(process.terminationStatus)")
            XCTAssertEqual(process.terminationStatus, 128 + SIGINT, "trial \(trial)")
        }
    }

    /// The steps of the metric lines (not the evaluations) in `metrics.jsonl`.
    static func loggedSteps(_ folder: RunFolder) -> [Int] {
        let text = (try? String(contentsOf: folder.metricsURL, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line -> Int? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], object["eval"] == nil else { return nil }
            return object["step"] as? Int
        }
    }
}
