import Foundation
import SwiftGAN
import XCTest

/// `sample --psi`, `sample --style-mix` and `quality --psi` for W-space models, refused by name for others.
final class SampleStyleTests: XCTestCase {
    private static let directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-style-\(UUID().uuidString)")
    private static let style = directory.appendingPathComponent("00000-style")
    private static let plain = directory.appendingPathComponent("00001-plain")

    override class func setUp() {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let tiny = ["stylegan2.width=16", "stylegan2.minimum_width=8", "stylegan2.mapping_layers=2", "batch_size=4", "data.resolution=16"].flatMap { ["--set", $0] }
        _ = try? CommandRunner.run(["train", "mnist32_stylegan2", "--steps", "1", "--runs", directory.path, "--name", "style"] + tiny)
        _ = try? CommandRunner.run(["train", "ring8", "--steps", "1", "--runs", directory.path, "--name", "plain"])
    }

    override class func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func path(_ name: String) -> String { Self.directory.appendingPathComponent(name).path }

    func testTheStyleMixingGridAndPsiSamplesAreWritten() throws {
        let mix = try CommandRunner.run(["sample", "--checkpoint", Self.style.path, "--style-mix", "--mix-rows", "2", "--mix-columns", "3", "--psi", "0.7", "--output", path("mix.png")])
        XCTAssertEqual(mix.status, 0, mix.errors)
        XCTAssertTrue(mix.output.contains("wrote the style-mixing grid (2 x 3, fine styles from layer 3)"), mix.output)
        let image = try PNGCodec.decode(Array(Data(contentsOf: URL(fileURLWithPath: path("mix.png")))))
        XCTAssertEqual([image.width, image.height], [4 * 18 + 2, 3 * 18 + 2], "(3 + 1) x (2 + 1) tiles of 16 pixels, 2 between")
        let sampled = try CommandRunner.run(["sample", "--checkpoint", Self.style.path, "--psi", "0", "--count", "4", "--output", path("psi.npy")])
        XCTAssertEqual(sampled.status, 0, sampled.errors)
        let samples = try NPY.read(contentsOf: URL(fileURLWithPath: path("psi.npy")))
        XCTAssertEqual(samples.slice(axis: 0, start: 3, end: 4).elements, samples.slice(axis: 0, start: 0, end: 1).elements, "psi 0: every sample is the mean style's")
    }

    func testOptionsForStyleSpacesAreRefusedElsewhere() throws {
        let refusals: [([String], String)] = [
            (["--checkpoint", Self.plain.path, "--psi", "0.5", "--output", path("a.png")], "--psi: the gan model of \(Self.plain.path) has no style space"),
            (["--checkpoint", Self.plain.path, "--style-mix", "--output", path("a.png")], "--style-mix: the gan model of \(Self.plain.path) has no style space to mix"),
            (["--checkpoint", Self.style.path, "--psi", "3", "--output", path("a.png")], "--psi must be a number from 0 to 2, got 3.0"),
            (["--checkpoint", Self.style.path, "--style-mix", "--output", path("a.npy")], "--style-mix writes a PNG grid; give --output NAME.png"),
            (["--checkpoint", Self.style.path, "--cutoff", "2", "--output", path("a.png")], "--cutoff applies to --style-mix"),
            (["--checkpoint", Self.style.path, "--style-mix", "--cutoff", "6", "--output", path("a.png")], "--cutoff must be from 1 to 5 (the model has 6 style layers), got 6"),
        ]
        for (arguments, message) in refusals {
            let result = try CommandRunner.run(["sample"] + arguments)
            XCTAssertNotEqual(result.status, 0, "\(arguments)")
            XCTAssertTrue(result.errors.contains(message), "\(arguments): \(result.errors)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: path("a.png")), "\(arguments) wrote nothing")
        }
    }

    func testQualityIsMeasuredAtEachPsiAndTheCurveDrawnIntoTheRunFolder() throws {
        let result = try CommandRunner.run(["quality", Self.style.path, "--psi", "0.5, 1"])
        XCTAssertEqual(result.status, 0, result.errors)
        let lines = result.output.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        XCTAssertEqual(lines.map { $0?["psi"] as? Double }, [0.5, 1], result.output)
        let plot = Self.style.appendingPathComponent("truncation.png")
        let image = try PNGCodec.decode(Array(Data(contentsOf: plot)))
        XCTAssertEqual([image.width, image.height], [720, 480], "two panels of 240 rows")
        for (arguments, message) in [
            ([Self.plain.path, "--psi", "0.5"], "--psi: the gan model has no style space to truncate"),
            ([Self.style.path, "--psi", "0.5,x"], "--psi takes numbers from 0 to 2 separated by commas, got 'x' in '0.5,x'"),
            ([Self.style.path, "--psi", "2.5"], "--psi takes numbers from 0 to 2 separated by commas, got '2.5'"),
        ] {
            let refused = try CommandRunner.run(["quality"] + arguments)
            XCTAssertNotEqual(refused.status, 0, "\(arguments)")
            XCTAssertTrue(refused.errors.contains(message), "\(arguments): \(refused.errors)")
        }
    }
}
