import Foundation
import SwiftGAN
import XCTest

/// `train` keeps a run folder whole: one writer at a time, a resume that
/// keeps the run's own intervals and threads and cleans what a kill left,
/// damaged checkpoints answered with the intact one, and failures that leave
/// no empty run folders behind.
final class TrainHardeningTests: XCTestCase {
    private var runs: URL!

    override func setUpWithError() throws {
        runs = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-train-harden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: runs, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: runs)
    }

    private func train(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(["train"] + arguments)
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.errors)", file: file, line: line)
        return result
    }

    func testResumeKeepsTheRunsIntervalsAndThreadsAndCleansUp() throws {
        _ = try train(["ring8", "--steps", "4", "--checkpoint-every", "2", "--keep", "5", "--log-every", "1", "--threads", "1", "--runs", runs.path])
        let folder = try RunFolder(existing: runs.appendingPathComponent("00000-ring8"))
        let recorded = try TrainingConfiguration(yaml: String(contentsOf: folder.configurationURL, encoding: .utf8), source: "config.yaml")
        XCTAssertEqual([recorded.threads, recorded.checkpointEvery, recorded.keepCheckpoints, recorded.logEvery], [1, 2, 5, 1])
        let stale = folder.checkpointsURL.appendingPathComponent(".step-0000006.safetensors.tmp-Ab12Cd")
        try Data("cut off".utf8).write(to: stale)

        let resumed = try train(["--resume", folder.url.path, "--steps", "8"])
        XCTAssertEqual(folder.stepCheckpoints().map(\.step), [2, 4, 6, 8], "every 2 steps, 5 kept, as the run was started")
        XCTAssertEqual(InterruptionTests.loggedSteps(folder), Array(1...8), "logged every step")
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale.path))
        XCTAssertTrue(resumed.errors.contains("removed .step-0000006.safetensors.tmp-Ab12Cd"), resumed.errors)
        XCTAssertFalse(resumed.errors.contains("warning"), resumed.errors)

        let eventFiles = try FileManager.default.contentsOfDirectory(at: folder.tensorBoardURL, includingPropertiesForKeys: nil)
        XCTAssertEqual(eventFiles.count, 2, "a new event file for the resumed process")
        let restarts = try eventFiles.flatMap { try EventFileReader.events(in: $0) }.filter(\.isSessionStart).map(\.step)
        XCTAssertEqual(restarts, [5], "TensorBoard drops what the first process logged from step 5 on")

        let rethreaded = try train(["--resume", folder.url.path, "--steps", "9", "--threads", "2"])
        XCTAssertTrue(rethreaded.errors.contains("warning: the run trained with 1 threads and continues with 2"), rethreaded.errors)
    }

    func testASecondWriterIsRefused() throws {
        _ = try train(["ring8", "--steps", "2", "--checkpoint-every", "1", "--runs", runs.path])
        let folder = try RunFolder(existing: runs.appendingPathComponent("00000-ring8"))
        let lock = try RunLock(folder: folder)
        let refused = try CommandRunner.run(["train", "--resume", folder.url.path, "--steps", "4"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("another swiftgan process (pid \(getpid())) is training in this run folder"), refused.errors)
        XCTAssertEqual(InterruptionTests.loggedSteps(folder).max(), 2, "the refused process wrote nothing")
        withExtendedLifetime(lock) {}
    }

    func testADamagedNewestCheckpointOffersThePreviousOne() throws {
        _ = try train(["ring8", "--steps", "4", "--checkpoint-every", "2", "--keep", "5", "--runs", runs.path])
        let folder = try RunFolder(existing: runs.appendingPathComponent("00000-ring8"))
        let newest = folder.checkpointURL(step: 4)
        let bytes = try Data(contentsOf: newest)
        try bytes.prefix(bytes.count / 2).write(to: newest)
        let refused = try CommandRunner.run(["train", "--resume", folder.url.path, "--steps", "6"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("continue from it with swiftgan train --resume \(folder.url.path) --from step-2"), refused.errors)
        _ = try train(["--resume", folder.url.path, "--from", "step-2", "--steps", "6"])
        XCTAssertEqual(folder.stepCheckpoints().map(\.step), [2, 4, 6])
        XCTAssertEqual(try TrainingCheckpoint(contentsOf: folder.checkpointURL(step: 4)).step, 4, "step 4 trained again, intact")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.checkpointsURL.path)
        XCTAssertTrue(names.contains { $0.hasPrefix("step-0000004.safetensors.abandoned-") }, "the damaged file is set aside, not deleted: \(names)")
    }

    func testBadNamesAndNumbersAreRefusedByName() throws {
        let blocker = runs.appendingPathComponent("afile")
        try Data().write(to: blocker)
        let cases: [([String], String)] = [
            (["ring8", "--steps", "-5"], "--steps must be positive, got -5"),
            (["ring8", "--keep", "-1"], "--keep must be positive, got -1"),
            (["ring8", "--set", "=5"], "--set expects key=value, got '=5'"),
            (["ring8", "--name", ""], "--name must hold a letter or digit"),
            (["ring8", "--set", "gan.penalty_weight=nan"], "gan.penalty_weight: expected a number, got 'nan'"),
            (["ring8", "--set", "gan.penalty_weight=-1"], "gan.penalty_weight: must not be negative"),
            (["ring8", "--set", "batch_size=1000000000"], "batch_size: must be from 1 to 65536"),
            (["ring8", "--runs", blocker.path + "/sub"], "cannot create the runs folder (\(blocker.path): \(String(cString: strerror(ENOTDIR))))"),
            (["--resume", runs.path, "--name", "x"], "--name names a new run; a resumed run keeps its folder's name"),
            (["ring8", "--from", "step-2"], "--from picks the checkpoint of a resumed run"),
        ]
        for (arguments, message) in cases {
            let result = try CommandRunner.run(["train"] + arguments + ["--runs", runs.path].suffix(arguments.contains("--runs") ? 0 : 2))
            XCTAssertTrue([1, 64].contains(result.status), "\(arguments): exit \(result.status)")
            XCTAssertTrue(result.errors.contains(message), "\(arguments): \(result.errors)")
            XCTAssertFalse(result.errors.contains("Domain=") || result.errors.contains("error 512"), result.errors)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: runs.path), ["afile"], "no run folder was made")
    }

    func testDamagedImagesAreFoundBeforeTheRunStarts() throws {
        let images = runs.appendingPathComponent("images")
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        let good = try PNGCodec.encode(Image(width: 28, height: 28, channels: 1, samples: [Float](repeating: 0.5, count: 784)))
        for index in 0..<4 { try Data(good).write(to: images.appendingPathComponent("\(index).png")) }
        try Data(good.prefix(60)).write(to: images.appendingPathComponent("cut.png"))
        try Data("text".utf8).write(to: images.appendingPathComponent("fake.png"))
        let result = try CommandRunner.run(["train", "mnist_dcgan", "--set", "dataset=folder", "--set", "data.path=\(images.path)", "--runs", runs.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("2 of 6 image files cannot be used"), result.errors)
        XCTAssertTrue(result.errors.contains("cut.png") && result.errors.contains("fake.png"), result.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: runs.path), ["images"], "no run folder was made")
    }

    /// A generator that diverges to infinity is drawn without a trap (found by the command-line fuzzer).
    func testADivergedGeneratorsSamplesAreDrawn() throws {
        let result = try CommandRunner.run([
            "train", "ring8", "--steps", "2", "--sample-every", "1", "--set", "batch_size=16", "--set", "players.generator.learning_rate=1e30", "--runs", runs.path,
        ])
        XCTAssertTrue([0, 1].contains(result.status), "exit \(result.status): \(result.errors)")
        XCTAssertFalse(result.errors.contains("Fatal error") || result.errors.contains("runtime failure"), result.errors)
    }

    func testARunThatFailsBeforeItsFirstCheckpointLeavesNoFolder() throws {
        let result = try CommandRunner.run([
            "train", "ring8", "--steps", "500", "--set", "players.generator.learning_rate=1e30", "--set", "players.discriminator.learning_rate=1e30", "--runs", runs.path,
        ])
        XCTAssertEqual(result.status, 1, result.errors)
        XCTAssertTrue(result.errors.contains("was removed: it held no checkpoint yet"), result.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: runs.path), [])
    }
}
