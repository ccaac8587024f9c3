import Foundation
import SwiftGAN
import XCTest

/// `sample --attention`, `quality --truncation` and `swiftgan edit` (TL-GAN walks and IcGAN label edits), refused by name where they do not apply.
final class EditAndAttentionTests: XCTestCase {
    private static let directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-edit-\(UUID().uuidString)")
    private static let sagan = directory.appendingPathComponent("00000-sagan")
    private static let tlgan = directory.appendingPathComponent("00001-tlgan")
    private static let icgan = directory.appendingPathComponent("00002-icgan")
    private static let plain = directory.appendingPathComponent("00003-plain")

    override class func setUp() {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let runs = ["--steps", "1", "--runs", directory.path, "--set", "batch_size=4", "--skip-quality"]
        let sagan = ["model=sagan", "dataset=mnist32", "sagan.width=8", "sagan.latent_dimension=8", "sagan.attention_resolution=8", "data.resolution=16"]
        _ = try? CommandRunner.run(["train", "mnist_dcgan", "--name", "sagan"] + runs + sagan.flatMap { ["--set", $0] })
        _ = try? CommandRunner.run(["train", "shapes_tlgan", "--name", "tlgan", "--set", "tlgan.latent_dimension=16"] + runs)
        _ = try? CommandRunner.run(["train", "mnist_icgan", "--name", "icgan", "--set", "icgan.latent_dimension=8"] + runs)
        _ = try? CommandRunner.run(["train", "ring8", "--name", "plain"] + runs)
    }

    override class func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func path(_ name: String) -> String { Self.directory.appendingPathComponent(name).path }

    private func image(_ name: String) throws -> Image {
        try PNGCodec.decode(Array(Data(contentsOf: URL(fileURLWithPath: path(name)))))
    }

    func testTheAttentionFigureIsWrittenAndRefusedWithoutAttention() throws {
        let result = try CommandRunner.run(["sample", "--checkpoint", Self.sagan.path, "--attention", "3,12", "--count", "2", "--columns", "2", "--output", path("attention.png")])
        XCTAssertEqual(result.status, 0, result.errors)
        let written = try image("attention.png")
        XCTAssertEqual([written.width, written.height], [2 * 18 + 2, 2 * 18 + 2], "two rows of a sample and its map, 16 pixels each")
        for (arguments, message) in [
            (["--checkpoint", Self.plain.path, "--attention", "0,0", "--output", path("a.png")], "--attention: the gan model of \(Self.plain.path) has no self-attention block"),
            (["--checkpoint", Self.sagan.path, "--attention", "0", "--output", path("a.png")], "--attention takes the query pixel as X,Y"),
            (["--checkpoint", Self.sagan.path, "--attention", "16,0", "--output", path("a.png")], "--attention: the query pixel 16,0 is outside the 16x16 image"),
            (["--checkpoint", Self.sagan.path, "--attention", "1,1", "--output", path("a.npy")], "--attention writes a PNG grid"),
        ] {
            let refused = try CommandRunner.run(["sample"] + arguments)
            XCTAssertNotEqual(refused.status, 0, "\(arguments)")
            XCTAssertTrue(refused.errors.contains(message), "\(arguments): \(refused.errors)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: path("a.png")))
        }
    }

    func testQualityIsMeasuredAtEachNoiseTruncation() throws {
        let result = try CommandRunner.run(["quality", Self.sagan.path, "--truncation", "0.5,1"])
        XCTAssertEqual(result.status, 0, result.errors)
        let lines = result.output.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        XCTAssertEqual(lines.map { $0?["truncation"] as? Double }, [0.5, 1], result.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: Self.sagan.appendingPathComponent("truncation.png").path))
        let both = try CommandRunner.run(["quality", Self.sagan.path, "--truncation", "1", "--psi", "1"])
        XCTAssertTrue(both.errors.contains("give --psi or --truncation, not both"), both.errors)
        let bad = try CommandRunner.run(["quality", Self.sagan.path, "--truncation", "0"])
        XCTAssertTrue(bad.errors.contains("--truncation takes numbers from 0.001 to 1000 separated by commas, got '0'"), bad.errors)
    }

    func testTLGANWalksOneRowPerSeed() throws {
        let result = try CommandRunner.run([
            "edit", "--checkpoint", Self.tlgan.path, "--attribute", "scale", "--seeds", "1,2", "--steps", "3", "--fit-samples", "200", "--output", path("walk.png"),
        ])
        XCTAssertEqual(result.status, 0, result.errors)
        let written = try image("walk.png")
        XCTAssertEqual([written.width, written.height], [3 * 34 + 2, 2 * 34 + 2], "two walks of three 32x32 images")
    }

    func testIcGANEditsEachDigitToEveryLabel() throws {
        let result = try CommandRunner.run(["edit", "--checkpoint", Self.icgan.path, "--seeds", "0,1", "--output", path("icgan.png")])
        XCTAssertEqual(result.status, 0, result.errors)
        let written = try image("icgan.png")
        XCTAssertEqual([written.width, written.height], [11 * 30 + 2, 2 * 30 + 2], "the digit and its ten edits, two rows of 28x28")
    }

    func testEditsAreRefusedByName() throws {
        for (arguments, message) in [
            (["--checkpoint", Self.plain.path, "--attribute", "scale", "--output", path("e.png")], "--attribute: directions are fitted with the shapes classifier"),
            (["--checkpoint", Self.plain.path, "--output", path("e.png")], "--attribute: give one of scale, x, y, rotation"),
            (["--checkpoint", Self.tlgan.path, "--attribute", "hue", "--output", path("e.png")], "--attribute must be one of scale, x, y, rotation"),
            (["--checkpoint", Self.tlgan.path, "--attribute", "x", "--output", path("e.gif")], "--output must be a .png file"),
        ] {
            let refused = try CommandRunner.run(["edit"] + arguments)
            XCTAssertNotEqual(refused.status, 0, "\(arguments)")
            XCTAssertTrue(refused.errors.contains(message), "\(arguments): \(refused.errors)")
        }
    }

    func testSkipQualityFinishesTheRunWithoutMeasuringIt() throws {
        let status = try String(contentsOf: Self.plain.appendingPathComponent("status.json"), encoding: .utf8)
        XCTAssertTrue(status.contains("finished"), status)
        XCTAssertFalse(FileManager.default.fileExists(atPath: Self.plain.appendingPathComponent("quality.json").path))
    }
}
