import Foundation
import SwiftGAN
import XCTest

/// A run stopped after `stop` steps, checkpointed and resumed to `steps`
/// must give the samples of the run trained straight through.
enum ResumeCheck {
    static func assertResumeContinues(_ c: TrainingConfiguration, steps: Int, stop: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let straight = try ModelRegistry.trainer(for: c)
        for _ in 0..<steps { try straight.trainStep() }
        let first = try ModelRegistry.trainer(for: c)
        for _ in 0..<stop { try first.trainStep() }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("resume-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: url) }
        try first.checkpoint(configuration: c.json).write(to: url)
        let resumed = try ModelRegistry.trainer(restoring: url, steps: steps).trainer
        for _ in stop..<steps { try resumed.trainStep() }
        XCTAssertEqual(
            resumed.samples(count: 3, seed: 1).samples.elements, straight.samples(count: 3, seed: 1).samples.elements,
            "\(c.model): resumed after \(stop) of \(steps) steps", file: file, line: line)
    }
}
