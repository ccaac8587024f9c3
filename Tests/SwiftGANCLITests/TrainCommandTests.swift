import Foundation
import XCTest

/// The `swiftgan` executable, run end to end on tiny schedules.
final class TrainCommandTests: XCTestCase {
    func run(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments)
    }

    func testTrainingAPresetLogsJSONLinesAndQuality() throws {
        let checkpoint = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: checkpoint) }
        let result = try run(["train", "--preset", "ring8", "--steps", "20", "--log-every", "10", "--checkpoint", checkpoint.path])
        XCTAssertEqual(result.status, 0, result.errors)
        let lines = result.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, result.output)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        XCTAssertEqual(first["step"] as? Int, 10)
        XCTAssertNotNil(first["loss_d"])
        let last = try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as! [String: Any]
        let quality = last["quality"] as! [String: Any]
        XCTAssertNotNil(quality["modes_covered"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: checkpoint.path))
    }

    func testBadArgumentsFailWithOneLine() throws {
        let unknown = try run(["train", "--preset", "ring88"])
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.errors.contains("preset: unknown value 'ring88' (did you mean 'ring8'?)"), unknown.errors)
        let zero = try run(["train", "--preset", "ring8", "--steps", "0"])
        XCTAssertNotEqual(zero.status, 0)
        XCTAssertTrue(zero.errors.contains("--steps must be positive, got 0"), zero.errors)
        let key = try run(["train", "--preset", "ring8", "--set", "hiden=64"])
        XCTAssertNotEqual(key.status, 0)
        XCTAssertTrue(key.errors.contains("hiden: unknown key (did you mean 'hidden'?)"), key.errors)
        let form = try run(["train", "--preset", "ring8", "--set", "hidden"])
        XCTAssertTrue(form.errors.contains("--set expects key=value, got 'hidden'"), form.errors)
    }
}
