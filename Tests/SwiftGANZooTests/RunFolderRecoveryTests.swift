import Foundation
import SwiftGAN
import XCTest

/// A run folder survives what a killed or concurrent process leaves behind:
/// one writer at a time, no stale temporaries, a best checkpoint for every
/// recorded best score, and a status that tells how the run ended.
final class RunFolderRecoveryTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-recovery-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func makeRun(steps: Int = 4, checkpointEvery: Int = 2) throws -> (RunFolder, TrainingConfiguration, Trainer) {
        var configuration = try Presets.configuration("ring8")
        (configuration.batchSize, configuration.steps) = (16, steps)
        configuration.modify(GANOptions.self) { $0.networks.hidden = 8 }
        (configuration.logEvery, configuration.sampleEvery, configuration.checkpointEvery, configuration.keepCheckpoints) = (1, 1_000, checkpointEvery, 5)
        let folder = try RunFolder.create(in: root, name: "ring", configuration: configuration)
        return (folder, configuration, try ModelRegistry.trainer(for: configuration))
    }

    /// A run of 6 steps whose evaluations at steps 2, 4 and 6 return `scores`, trained to its end.
    private func finishedRun(scores: [Double]) throws -> (RunFolder, TrainingConfiguration) {
        let (folder, configuration, trainer) = try makeRun(steps: 6)
        var remaining = scores[...]
        let run = try TrainingRun(folder: folder, configuration: configuration, trainer: trainer)
        run.evaluate = { ("score", remaining.popFirst() ?? 9) }
        XCTAssertEqual(try run.run(), .finished)
        return (folder, configuration)
    }

    func testASecondLockIsRefusedNamingTheHolder() throws {
        let (folder, _, _) = try makeRun()
        var lock: RunLock? = try RunLock(folder: folder)
        XCTAssertTrue(RunLock.isHeld(folder))
        XCTAssertThrowsError(try RunLock(folder: folder)) {
            XCTAssertTrue("\($0)".contains("another swiftgan process (pid \(getpid())) is training in this run folder"), "\($0)")
        }
        lock = nil
        XCTAssertNil(lock)
        XCTAssertFalse(RunLock.isHeld(folder))
        XCTAssertNoThrow(try RunLock(folder: folder), "the lock is free once its holder lets go")
    }

    func testStaleTemporariesAreRemovedAndNothingElse() throws {
        let (folder, _, _) = try makeRun()
        let stale = [folder.checkpointsURL.appendingPathComponent(".step-0000010.safetensors.tmp-Ab12Cd"),
                     folder.checkpointsURL.appendingPathComponent(".best.safetensors.tmp-xY9876"),
                     folder.url.appendingPathComponent(".metrics.jsonl.tmp-QQQQQQ")]
        let kept = folder.checkpointsURL.appendingPathComponent("notes.txt")
        for file in stale + [kept] { try Data("x".utf8).write(to: file) }
        XCTAssertEqual(Set(folder.removeStaleTemporaries().map(\.lastPathComponent)), Set(stale.map(\.lastPathComponent)))
        for file in stale { XCTAssertFalse(FileManager.default.fileExists(atPath: file.path), file.path) }
        XCTAssertTrue(FileManager.default.fileExists(atPath: kept.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.configurationURL.path))
    }

    /// The best checkpoint is written before its score is recorded: when the
    /// copy fails, no score without a file is left in `metrics.jsonl`.
    func testAScoreIsRecordedOnlyWithItsBestFile() throws {
        let (folder, configuration, trainer) = try makeRun()
        let run = try TrainingRun(folder: folder, configuration: configuration, trainer: trainer)
        run.evaluate = { ("score", 1) }
        try FileManager.default.createDirectory(at: folder.bestCheckpointURL.appendingPathComponent("blocker"), withIntermediateDirectories: true)
        _ = try trainer.trainStep()
        XCTAssertThrowsError(try run.saveCheckpoint())
        let metrics = (try? String(contentsOf: folder.metricsURL, encoding: .utf8)) ?? ""
        XCTAssertFalse(metrics.contains("\"eval\""), metrics)
    }

    /// A run killed between recording its best score and writing its file
    /// (as versions that recorded first could be) gets the file back on resume.
    func testResumeRepairsAMissingBestCheckpoint() throws {
        let (folder, configuration) = try finishedRun(scores: [3.0, 1.0, 2.0])
        XCTAssertEqual(try TrainingCheckpoint(contentsOf: folder.bestCheckpointURL).step, 4)
        try FileManager.default.removeItem(at: folder.bestCheckpointURL)

        let resumedConfiguration = configuration
        let (_, restored) = try ModelRegistry.trainer(restoring: folder.checkpointURL(step: 6))
        let resumed = try TrainingRun(folder: folder, configuration: resumedConfiguration, trainer: restored)
        XCTAssertEqual(try TrainingCheckpoint(contentsOf: folder.bestCheckpointURL).step, 4, "the checkpoint of the best recorded score, step 4")
        resumed.evaluate = { ("score", 1.5) }
        try resumed.saveCheckpoint()
        XCTAssertEqual(try TrainingCheckpoint(contentsOf: folder.bestCheckpointURL).step, 4, "1.5 does not beat the recorded 1.0")
    }

    /// A kill after the best file was written but before its score was recorded
    /// leaves that best in place, and the resumed run measures it again.
    func testABestFileWhoseScoreWasCutOffStays() throws {
        let (folder, configuration) = try finishedRun(scores: [3.0, 1.0, 0.5])
        let lines = try String(contentsOf: folder.metricsURL, encoding: .utf8).split(separator: "\n").filter { !$0.contains("\"score\":0.5") }
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: folder.metricsURL)
        var resumedConfiguration = configuration
        resumedConfiguration.steps = 6
        let (_, restored) = try ModelRegistry.trainer(restoring: folder.checkpointURL(step: 6))
        let resumed = try TrainingRun(folder: folder, configuration: resumedConfiguration, trainer: restored)
        XCTAssertEqual(try TrainingCheckpoint(contentsOf: folder.bestCheckpointURL).step, 6, "step 6 beat the recorded 1.0 when it was written")
        resumed.evaluate = { ("score", 0.5) }
        XCTAssertEqual(try resumed.run(), .finished)
        XCTAssertTrue(try String(contentsOf: folder.metricsURL, encoding: .utf8).contains(#"{"eval":{"score":0.5},"step":6}"#), "the cut-off score is recorded again")
        resumed.evaluate = { ("score", 0.75) }
        try resumed.saveCheckpoint()
        XCTAssertEqual(try TrainingCheckpoint(contentsOf: folder.bestCheckpointURL).step, 6)
    }

    func testStatusTellsAKilledRunFromARunningOne() throws {
        let (folder, _, _) = try makeRun()
        XCTAssertNil(folder.status())
        var lock: RunLock? = try RunLock(folder: folder)
        try folder.record(RunStatus(state: .running, step: 0))
        XCTAssertEqual(folder.status()?.state, .running)
        lock = nil
        XCTAssertNil(lock)
        XCTAssertEqual(folder.status()?.state, .stopped, "running, but nobody holds the lock: the process was killed")
        try folder.record(RunStatus(state: .failed, step: 2, error: "loss_d is nan"))
        XCTAssertEqual(folder.status(), RunStatus(state: .failed, step: 2, error: "loss_d is nan"))
    }

    func testCheckpointsPastAStepAreSetAsideNotDeleted() throws {
        let (folder, configuration, trainer) = try makeRun(steps: 6)
        XCTAssertEqual(try TrainingRun(folder: folder, configuration: configuration, trainer: trainer).run(), .finished)
        XCTAssertEqual(try folder.checkpoint(named: "step-2").step, 2)
        XCTAssertEqual(try folder.checkpoint(named: "4").step, 4)
        XCTAssertThrowsError(try folder.checkpoint(named: "step-3")) { XCTAssertTrue("\($0)".contains("it has step-2, step-4, step-6"), "\($0)") }
        let aside = try folder.setAsideCheckpoints(after: 2)
        XCTAssertEqual(aside.map { $0.lastPathComponent.prefix(35) }, ["step-0000004.safetensors.abandoned-", "step-0000006.safetensors.abandoned-"])
        XCTAssertEqual(folder.stepCheckpoints().map(\.step), [2])
        try Data("x".utf8).write(to: folder.checkpointURL(step: 4))
        XCTAssertEqual(try folder.setAsideCheckpoints(after: 2).count, 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.checkpointsURL.path).filter { $0.hasPrefix("step-0000004") }
        XCTAssertEqual(names.count, 2, "a second set-aside of the same step keeps the first: \(names)")
    }

    /// Resuming from an earlier checkpoint sets aside a best file of the abandoned steps.
    func testABestFileFromAbandonedStepsIsSetAside() throws {
        let (folder, configuration) = try finishedRun(scores: [3.0, 1.0, 0.5])
        try folder.setAsideCheckpoints(after: 2)
        let (_, restored) = try ModelRegistry.trainer(restoring: folder.checkpointURL(step: 2))
        _ = try TrainingRun(folder: folder, configuration: configuration, trainer: restored)
        XCTAssertEqual(try TrainingCheckpoint(contentsOf: folder.bestCheckpointURL).step, 2, "the best kept evaluation's checkpoint")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.checkpointsURL.path)
        XCTAssertTrue(names.contains { $0.hasPrefix("best.safetensors.abandoned-") }, "\(names)")
    }
}
