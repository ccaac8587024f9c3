import Foundation
import SwiftGAN
import XCTest

/// `swiftgan train` end to end on tiny schedules: run folders, resume, bad input.
final class TrainCommandTests: XCTestCase {
    private var runs: URL!

    override func setUpWithError() throws {
        runs = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-runs-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: runs)
    }

    func testTrainingAPresetFillsItsRunFolder() throws {
        let result = try CommandRunner.run([
            "train", "ring8", "--steps", "20", "--log-every", "10", "--sample-every", "10", "--checkpoint-every", "10", "--keep", "1", "--runs", runs.path,
        ])
        XCTAssertEqual(result.status, 0, result.errors)
        let folder = try RunFolder(existing: runs.appendingPathComponent("00000-ring8"))
        let configuration = try TrainingConfiguration(yaml: String(contentsOf: folder.configurationURL, encoding: .utf8), source: "config.yaml")
        XCTAssertEqual(configuration.steps, 20)
        XCTAssertEqual(configuration.dataset, "ring")
        XCTAssertEqual(folder.stepCheckpoints().map(\.step), [20], "only the newest is kept")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.bestCheckpointURL.path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.samplesURL.path).sorted(), ["step-0000010.png", "step-0000020.png"])
        let metrics = try String(contentsOf: folder.metricsURL, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(metrics.count, 4, "two log lines and two evaluations")
        let plot = try PNGCodec.decode(Array(Data(contentsOf: folder.plotURL)))
        XCTAssertEqual([plot.width, plot.height], [720, 400])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.tensorBoardURL.path).filter { $0.hasPrefix("events.out.tfevents.") }.count, 1)
        let lines = result.output.split(separator: "\n")
        XCTAssertTrue(lines[0].hasPrefix("{\"step\": 10,"), result.output)
        XCTAssertTrue(lines.last!.contains("\"quality\""), result.output)
        let saved = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent("quality.json"))) as? [String: Any])
        let measured = try CommandRunner.run(["quality", folder.stepCheckpoints().last!.url.path])
        XCTAssertEqual(measured.status, 0, measured.errors)
        let line = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(measured.output.utf8)) as? [String: Any])
        XCTAssertEqual(line["step"] as? Int, 20)
        XCTAssertEqual(line["quality"] as? NSDictionary, saved["quality"] as? NSDictionary, "the last checkpoint measures as the finished run did")
        XCTAssertEqual((line["quality"] as? [String: Any])?.keys.sorted(), ["high_quality", "mode_kl", "modes_covered"])
    }

    /// Two steps, then a resume to four, equal four straight steps (without a
    /// learning-rate decay, whose schedule follows the total step count).
    func testResumeContinuesExactly() throws {
        let common = ["--set", "optimizer.learning_rate_decay=false", "--log-every", "1", "--checkpoint-every", "1", "--sample-every", "100", "--runs", runs.path]
        XCTAssertEqual(try CommandRunner.run(["train", "ring8", "--steps", "2", "--name", "split"] + common).status, 0)
        let split = runs.appendingPathComponent("00000-split")
        let resumed = try CommandRunner.run(["train", "--resume", split.path, "--steps", "4", "--log-every", "1", "--checkpoint-every", "1"])
        XCTAssertEqual(resumed.status, 0, resumed.errors)
        XCTAssertTrue(resumed.errors.contains("resuming from step-0000002.safetensors (step 2)"), resumed.errors)
        XCTAssertEqual(try CommandRunner.run(["train", "ring8", "--steps", "4", "--name", "straight"] + common).status, 0)
        let a = try TrainingCheckpoint(contentsOf: RunFolder(existing: split).checkpointURL(step: 4))
        let b = try TrainingCheckpoint(contentsOf: RunFolder(existing: runs.appendingPathComponent("00001-straight")).checkpointURL(step: 4))
        XCTAssertEqual(a.modules["generator"], b.modules["generator"])
        XCTAssertEqual(a.modules["discriminator"], b.modules["discriminator"])
        XCTAssertEqual(InterruptionTests.loggedSteps(try RunFolder(existing: split)), [1, 2, 3, 4])
    }

    func testBadRequestsFailWithOneLine() throws {
        let file = runs.appendingPathComponent("bad.yaml")
        try FileManager.default.createDirectory(at: runs, withIntermediateDirectories: true)
        try Data("stesp: 3\n".utf8).write(to: file)
        let blocker = runs.appendingPathComponent("not-a-folder")
        try Data().write(to: blocker)
        let cases: [([String], String)] = [
            (["train", "ring88"], "preset: unknown value 'ring88' (did you mean 'ring8'?)"),
            (["train", "ring8", "--steps", "0"], "--steps must be positive, got 0"),
            (["train", "ring8", "--set", "gan.hiden=64"], "gan.hiden: unknown key (did you mean 'gan.hidden'?)"),
            (["train", "ring8", "--set", "hidden"], "--set expects key=value, got 'hidden'"),
            (["train", file.path], "stesp: unknown key (did you mean 'steps'?)"),
            (["train", runs.appendingPathComponent("missing.yaml").path], "missing.yaml: cannot read the configuration file"),
            (["train", "--resume", runs.path], "not a run folder (no config.yaml)"),
            (["train", "ring8", "--runs", blocker.path], "cannot create the runs folder"),
            (["train"], "give a preset name or a YAML file to train, or --resume RUN"),
        ]
        for (arguments, message) in cases {
            let result = try CommandRunner.run(arguments)
            XCTAssertNotEqual(result.status, 0, "\(arguments)")
            XCTAssertTrue(result.errors.contains(message), "\(arguments): \(result.errors)")
            XCTAssertFalse(result.errors.contains("Fatal error"), result.errors)
        }
    }
}
