import Foundation
import SwiftGAN
import XCTest

/// `sample`, `interpolate`, `eval` and `quality` refuse what they cannot do
/// well, with one line naming the option, before doing any work, and leave
/// nothing half-written.
final class SampleHardeningTests: XCTestCase {
    private static let directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-harden-\(UUID().uuidString)")
    private static let images = directory.appendingPathComponent("00000-dcgan")
    private static let points = directory.appendingPathComponent("00001-ring")

    override class func setUp() {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        _ = try? CommandRunner.run(["train", "mnist_dcgan", "--steps", "1", "--set", "batch_size=8", "--runs", directory.path, "--name", "dcgan"])
        _ = try? CommandRunner.run(["train", "ring8", "--steps", "2", "--checkpoint-every", "1", "--runs", directory.path, "--name", "ring"])
    }

    override class func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func path(_ name: String) -> String { Self.directory.appendingPathComponent(name).path }

    private func assertRefused(_ arguments: [String], _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try CommandRunner.run(arguments)
        XCTAssertTrue([1, 64].contains(result.status), "\(arguments): exit \(result.status), not an error's 1 or a usage error's 64", file: file, line: line)
        XCTAssertTrue(result.errors.contains(message), "\(arguments): \(result.errors)", file: file, line: line)
        XCTAssertFalse(result.errors.contains("Fatal error") || result.errors.contains("Domain="), result.errors, file: file, line: line)
    }

    func testNumbersOutOfRangeAreRefusedByName() throws {
        let checkpoint = Self.images.path
        try assertRefused(["sample", "--checkpoint", checkpoint, "--output", path("t.png"), "--truncation", "nan"], "--truncation must be a number of at least 0.001")
        try assertRefused(["sample", "--checkpoint", checkpoint, "--output", path("t.png"), "--truncation", "inf"], "--truncation must be a number")
        try assertRefused(["sample", "--checkpoint", checkpoint, "--output", path("t.png"), "--truncation", "1e-30"], "got 1e-30")
        try assertRefused(["sample", "--checkpoint", checkpoint, "--output", path("t.png"), "--count", "-5"], "--count must be positive, got -5")
        try assertRefused(["sample", "--checkpoint", checkpoint, "--output", path("t.png"), "--label", "-1"], "--label must be a class number from 0, got -1")
        try assertRefused(["sample", "--checkpoint", checkpoint, "--output", path("t.txt")], "--output: '\(path("t.txt"))' ends in .txt")
        try assertRefused(["sample", "--checkpoint", checkpoint, "--output", path("t.png"), "--threads", "0"], "--threads must be from 1 to 1024, got 0")
        try assertRefused(["eval", "mnist", "mnist", "--threads", "2000"], "--threads must be from 1 to 1024, got 2000")
        try assertRefused(["interpolate", "--checkpoint", checkpoint, "--output", path("w.txt")], "--output must be a .gif file")
        try assertRefused(["interpolate", "--checkpoint", checkpoint, "--output", path("w.gif"), "--frames", "-3"], "--frames must be at least 2, got -3")
        try assertRefused(["interpolate", "--checkpoint", checkpoint, "--output", path("w.gif"), "--frames", "\(Int.max)"], "--frames and --seeds: ")
    }

    /// Truncated sampling finishes at the smallest limit accepted, inside it.
    func testTheSmallestTruncationFinishes() throws {
        let result = try CommandRunner.run(["sample", "--checkpoint", Self.points.path, "--count", "300", "--truncation", "0.001", "--output", path("tiny.npy")])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(try NPY.read(contentsOf: URL(fileURLWithPath: path("tiny.npy"))).shape, [300, 2])
    }

    func testOutputsThatCannotFitAreRefusedBeforeSampling() throws {
        let started = Date()
        try assertRefused(["sample", "--checkpoint", Self.images.path, "--count", "10000000", "--output", path("huge.png")], "--count: a grid of 10000000 samples would take")
        try assertRefused(["sample", "--checkpoint", Self.images.path, "--count", "\(1 << 50)", "--output", path("huge.npy")], "--count: an array of \(1 << 50) samples would take")
        try assertRefused(["sample", "--checkpoint", Self.points.path, "--output", path("points.png")], "ring samples are points, not images; write them to a .npy file")
        XCTAssertLessThan(Date().timeIntervalSince(started), 60, "refused before sampling")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("huge.npy")))
    }

    /// Arrays and folders are written in batches: the count is not bounded by memory, and the values match.
    func testStreamedArraysMatchTheGrid() throws {
        let array = try CommandRunner.run(["sample", "--checkpoint", Self.images.path, "--count", "1100", "--output", path("many.npy")])
        XCTAssertEqual(array.status, 0, array.errors)
        let samples = try NPY.read(contentsOf: URL(fileURLWithPath: path("many.npy")))
        XCTAssertEqual(samples.shape, [1100, 1, 28, 28])
        let grid = try CommandRunner.run(["sample", "--checkpoint", Self.images.path, "--count", "1100", "--output", path("few.npy"), "--seed", "0"])
        XCTAssertEqual(grid.status, 0)
        XCTAssertEqual(try NPY.read(contentsOf: URL(fileURLWithPath: path("few.npy"))).elements, samples.elements)
    }

    func testExistingOutputsAreKeptUnlessOverwriteIsGiven() throws {
        let folder = path("kept")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/0.png"))
        try assertRefused(["sample", "--checkpoint", Self.images.path, "--count", "2", "--output", folder], "--output: the folder \(folder) already holds 1 files; give --overwrite")
        XCTAssertEqual(try String(contentsOfFile: folder + "/0.png", encoding: .utf8), "mine")
        let replaced = try CommandRunner.run(["sample", "--checkpoint", Self.images.path, "--count", "2", "--output", folder, "--overwrite"])
        XCTAssertEqual(replaced.status, 0, replaced.errors)
        XCTAssertNoThrow(try PNGCodec.decode(Array(Data(contentsOf: URL(fileURLWithPath: folder + "/0.png")))))
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path("mine.npy")))
        try assertRefused(["sample", "--checkpoint", Self.images.path, "--output", path("mine.npy")], "exists; give --overwrite")
    }

    /// A folder output that cannot be put in place leaves the output as it was, and no staging folder.
    func testAFailedFolderLeavesTheOutputAsItWas() throws {
        let folder = path("partial")
        try FileManager.default.createDirectory(atPath: folder + "/2.png", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/0.png"))
        let result = try CommandRunner.run(["sample", "--checkpoint", Self.images.path, "--count", "5", "--output", folder, "--overwrite"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("partial/2.png is a folder, not a file a sample can replace"), result.errors)
        XCTAssertTrue(result.errors.contains("the output was left as it was"), result.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["0.png", "2.png"])
        XCTAssertEqual(try String(contentsOfFile: folder + "/0.png", encoding: .utf8), "old")
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).contains { $0.contains(".tmp-") })
    }

    /// With --overwrite, a folder's old PNG files give way to the new ones (no mix of two runs); other files stay.
    func testOverwritingAFolderReplacesItsImages() throws {
        let folder = path("replaced")
        XCTAssertEqual(try CommandRunner.run(["sample", "--checkpoint", Self.images.path, "--count", "12", "--output", folder]).status, 0)
        try Data("notes".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        let again = try CommandRunner.run(["sample", "--checkpoint", Self.images.path, "--count", "3", "--output", folder, "--overwrite"])
        XCTAssertEqual(again.status, 0, again.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["0.png", "1.png", "2.png", "notes.txt"])
    }

    /// Ctrl-C while an array or a folder is being written leaves neither it nor its hidden temporary file or folder.
    func testAnInterruptedSampleLeavesNothingBehind() throws {
        for output in ["big.npy", "pictures"] {
            let folder = Self.directory.appendingPathComponent("interrupted-\(output)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = ["sample", "--checkpoint", Self.images.path, "--count", "200000", "--output", folder.appendingPathComponent(output).path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(120)
            while Date() < deadline, (try FileManager.default.contentsOfDirectory(atPath: folder.path)).isEmpty { Thread.sleep(forTimeInterval: 0.02) }
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }.count, 1, "the write is under way")
            kill(process.processIdentifier, SIGINT)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit, output)
            XCTAssertEqual(process.terminationStatus, 128 + SIGINT, output)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], output)
        }
    }

    func testEvalRefusesValuesItWouldMismeasure() throws {
        var random = RandomGenerator(seed: 3)
        let images = random.uniform([40, 1, 28, 28], low: -1, high: 1)
        var withNaN = images.elements
        withNaN[784 + 5] = .nan
        try NPY.write(NDArray(withNaN, shape: images.shape), to: URL(fileURLWithPath: path("nan.npy")))
        try assertRefused(["eval", "mnist", path("nan.npy"), "--count", "40"], "nan.npy: holds nan at index [1, 0, 0, 5]")
        try NPY.write(images.map(.affine(scale: 1000, shift: 0)), to: URL(fileURLWithPath: path("big.npy")))
        try assertRefused(["eval", "mnist", path("big.npy"), "--count", "40"], "big.npy: float images must lie in [-1.0, 1.0] (--pixel-range), and these values span [-")

        let pixels = NDArray(images.elements.map { ($0 * 127.5 + 127.5).rounded() }, shape: images.shape)
        try NPY.write(pixels, to: URL(fileURLWithPath: path("u8.npy")), dtype: NPYDType(.uint8))
        try NPY.write(pixels, to: URL(fileURLWithPath: path("i64.npy")), dtype: NPYDType(.int64))
        let u8 = try CommandRunner.run(["eval", "mnist", path("u8.npy"), "--count", "40"])
        let i64 = try CommandRunner.run(["eval", "mnist", path("i64.npy"), "--count", "40"])
        XCTAssertEqual(u8.status, 0, u8.errors)
        XCTAssertEqual(i64.status, 0, i64.errors)
        func distance(_ output: String) throws -> Double {
            try XCTUnwrap((JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])?["frechet_distance"] as? Double)
        }
        XCTAssertEqual(try distance(i64.output), try distance(u8.output), "int64 0-255 is scaled as uint8 is")
        try NPY.write(pixels.map(.affine(scale: 2, shift: 0)), to: URL(fileURLWithPath: path("i64big.npy")), dtype: NPYDType(.int64))
        try assertRefused(["eval", "mnist", path("i64big.npy"), "--count", "40"], "integer images must hold 0-255")
    }

    func testInspectShowsHowARunEnded() throws {
        let result = try CommandRunner.run(["inspect", Self.points.path])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.hasPrefix("run: finished at step 2 (pid "), result.output)
        let empty = Self.directory.appendingPathComponent("empty-run")
        try FileManager.default.createDirectory(at: empty.appendingPathComponent("checkpoints"), withIntermediateDirectories: true)
        try Data("model: gan\n".utf8).write(to: empty.appendingPathComponent("config.yaml"))
        try Data(#"{"pid":1,"state":"running","step":0}"#.utf8).write(to: empty.appendingPathComponent("status.json"))
        let killed = try CommandRunner.run(["inspect", empty.path])
        XCTAssertEqual(killed.status, 0, killed.errors)
        XCTAssertTrue(killed.output.hasPrefix("run: stopped at step 0 (pid 1): the process ended without recording why"), killed.output)
        XCTAssertTrue(killed.output.contains("checkpoint: none yet"), killed.output)
    }

    func testQualityGoesOnPastABadCheckpoint() throws {
        try Data("damaged".utf8).write(to: URL(fileURLWithPath: path("bad.safetensors")))
        let good = Self.points.appendingPathComponent("checkpoints/step-0000002.safetensors").path
        let result = try CommandRunner.run(["quality", path("bad.safetensors"), good])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("bad.safetensors"), result.errors)
        XCTAssertTrue(result.errors.contains("1 of 2 checkpoints could not be measured"), result.errors)
        XCTAssertEqual(result.output.split(separator: "\n").count, 1, result.output)
        let line = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        XCTAssertEqual(line["step"] as? Int, 2)
    }
}
