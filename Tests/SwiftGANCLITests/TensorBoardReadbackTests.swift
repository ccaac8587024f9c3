import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// The event files are read back by TensorBoard's own reader.
final class TensorBoardReadbackTests: XCTestCase {
    func testTensorBoardReadsTheScalarsAndImages() throws {
        let python = try ExternalPython.requiring(["tensorboard"], for: "TensorBoardReadbackTests")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-tb-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = try TensorBoardWriter(directory: directory)
        try writer.add(scalars: ["loss_d": 0.5, "loss_g": 1.25], step: 10)
        try writer.add(scalars: ["loss_d": 0.25], step: 20)
        let image = Image(width: 3, height: 2, channels: 3, samples: (0..<18).map { Float($0) / 17 })
        try writer.add(imageTag: "samples", png: PNGCodec.encode(image), width: 3, height: 2, channels: 3, step: 20)
        let script = """
            from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
            events = EventAccumulator(r'\(writer.url.path)', size_guidance={'images': 0, 'scalars': 0})
            events.Reload()
            print([(e.step, e.value) for e in events.Scalars('loss_d')], [(e.step, e.value) for e in events.Scalars('loss_g')])
            print([(e.step, e.width, e.height) for e in events.Images('samples')])
            """
        let result = try ExternalPython.run(python, ["-c", script])
        XCTAssertEqual(result.status, 0, result.output)
        let lines = result.output.split(separator: "\n").filter { $0.hasPrefix("[") }
        XCTAssertEqual(lines, ["[(10, 0.5), (20, 0.25)] [(10, 1.25)]", "[(20, 3, 2)]"], result.output)
    }

    /// After a restart marker, TensorBoard's reader shows each step once, with the values logged after the resume.
    func testARestartMarkerKeepsOneCurve() throws {
        let python = try ExternalPython.requiring(["tensorboard"], for: "TensorBoardReadbackTests")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-tb-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try TensorBoardWriter(directory: directory, wallTime: Date(timeIntervalSince1970: 1_000))
        for step in 1...5 { try first.add(scalars: ["loss_d": Float(step)], step: step, wallTime: Date(timeIntervalSince1970: 1_000)) }
        let second = try TensorBoardWriter(directory: directory, wallTime: Date(timeIntervalSince1970: 2_000))
        try second.addSessionStart(step: 4, wallTime: Date(timeIntervalSince1970: 2_000))
        for step in 4...6 { try second.add(scalars: ["loss_d": Float(step * 10)], step: step, wallTime: Date(timeIntervalSince1970: 2_000)) }
        let script = """
            from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
            events = EventAccumulator(r'\(directory.path)', size_guidance={'scalars': 0})
            events.Reload()
            print([(e.step, e.value) for e in events.Scalars('loss_d')])
            """
        let result = try ExternalPython.run(python, ["-c", script])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertEqual(result.output.split(separator: "\n").filter { $0.hasPrefix("[") },
                       ["[(1, 1.0), (2, 2.0), (3, 3.0), (4, 40.0), (5, 50.0), (6, 60.0)]"], result.output)
    }
}
