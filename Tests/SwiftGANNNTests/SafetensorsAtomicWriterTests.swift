import Foundation
import SwiftGAN
import XCTest

/// The atomic writer replaces files completely or not at all, and leaves no temporary files behind.
final class SafetensorsAtomicWriterTests: XCTestCase {
    private struct ProducerFailure: Error {}

    private func contents(of directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    func testWriteReplacesTheFileAndKeepsItsMode() throws {
        let directory = try SafetensorsTestData.scratchDirectory(for: self)
        let url = directory.appendingPathComponent("state.bin")
        try AtomicFileWriter.write(Data("old".utf8), to: url)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int, 0o644)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        try AtomicFileWriter.write(Data("new".utf8), to: url)
        XCTAssertEqual(try Data(contentsOf: url), Data("new".utf8))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int, 0o600)
        XCTAssertEqual(try contents(of: directory), ["state.bin"])
    }

    func testFailureMidwayLeavesTheOldFileAndNoTemporaryFile() throws {
        let directory = try SafetensorsTestData.scratchDirectory(for: self)
        let url = directory.appendingPathComponent("model.safetensors")
        try AtomicFileWriter.write(Data("old contents".utf8), to: url)
        XCTAssertThrowsError(
            try AtomicFileWriter.write(to: url) { append in
                try append(Data(repeating: 7, count: 1 << 20))
                throw ProducerFailure()
            }
        ) { error in XCTAssertTrue(error is ProducerFailure) }
        XCTAssertEqual(try Data(contentsOf: url), Data("old contents".utf8))
        XCTAssertEqual(try contents(of: directory), ["model.safetensors"])
    }

    func testImpossibleRenameReportsTheFileAndStepAndCleansUp() throws {
        let directory = try SafetensorsTestData.scratchDirectory(for: self)
        let target = directory.appendingPathComponent("occupied")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: target.appendingPathComponent("inside"))
        XCTAssertThrowsError(try AtomicFileWriter.write(Data("x".utf8), to: target)) { error in
            guard let failure = error as? AtomicWriteError else { return XCTFail("unexpected error \(error)") }
            XCTAssertEqual(failure.path, target.path)
            XCTAssertTrue(failure.step.hasPrefix("rename \(directory.path)/.occupied.tmp-"), failure.step)
            XCTAssertTrue(failure.description.hasPrefix("cannot write \(target.path) atomically: rename "), failure.description)
        }
        XCTAssertEqual(try contents(of: directory), ["occupied"])
        XCTAssertEqual(try Data(contentsOf: target.appendingPathComponent("inside")), Data("keep".utf8))
    }

    func testMissingDirectoryIsReported() throws {
        let directory = try SafetensorsTestData.scratchDirectory(for: self).appendingPathComponent("absent")
        XCTAssertThrowsError(try AtomicFileWriter.write(Data(), to: directory.appendingPathComponent("f"))) { error in
            XCTAssertEqual(
                "\(error)", "cannot write \(directory.path)/f atomically: create a temporary file in \(directory.path) failed: No such file or directory")
        }
    }

    func testSafetensorsFileWriteIsAtomicAndReadable() throws {
        let directory = try SafetensorsTestData.scratchDirectory(for: self)
        let url = directory.appendingPathComponent("weights.safetensors")
        var file = SafetensorsFile(metadata: ["format": "pt"])
        try file.setArray(NDArray([1, 2, 3], shape: [3]), named: "w", dtype: .f16)
        try file.write(to: url)
        try file.write(to: url)
        XCTAssertEqual(try SafetensorsFile(contentsOf: url), file)
        XCTAssertEqual(try contents(of: directory), ["weights.safetensors"])
    }
}
