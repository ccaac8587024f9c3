import Foundation
import SwiftGAN
import XCTest

/// The held-out restoration pairs written out, and `swiftgan eval-restoration` on folder pairs.
final class EvalRestorationCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-evalres-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func testHeldOutPairsAreWrittenAndMeasuredByName() throws {
        let written = try CommandRunner.run(["datasets", "photos_x4", "--held-out", path("held")])
        XCTAssertEqual(written.status, 0, written.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path("held/input")).sorted(), ["00000.png", "00001.png"])
        let reference = try ImageCodec.read(path("held/reference/00000.png")), input = try ImageCodec.read(path("held/input/00000.png"))
        XCTAssertEqual([input.width * 4, input.height * 4], [reference.width, reference.height], "x4: the input is a quarter of the reference")

        var random = RandomGenerator(seed: 8)
        let clean = reference.array
        let damaged = (clean + random.normal(clean.shape, std: 0.05)).map(.clamp(low: 0, high: 1))
        try FileManager.default.createDirectory(atPath: path("restored"), withIntermediateDirectories: true)
        try ImageGrid(columns: 1, padding: 0, range: 0...1).writePNG(damaged.reshaped([1] + damaged.shape), to: path("restored/00000.png"))
        let measured = try CommandRunner.run(["eval-restoration", path("restored"), path("held/reference"), "--crop-border", "4", "--json"])
        XCTAssertEqual(measured.status, 0, measured.errors)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(measured.output.utf8)) as? [String: Any])
        let mean = try XCTUnwrap(report["mean"] as? [String: Double])
        let stored = try ImageCodec.read(path("restored/00000.png")).array
        let expected = try RestorationQuality.psnrY(stored.reshaped([1] + stored.shape), clean.reshaped([1] + clean.shape), cropBorder: 4)[0]
        // The command and this test measure the same PNG files. Were their sums ordered differently, the mean squared error
        // of the N luma pixels would move by at most N roundings (N eps relative), and PSNR = 10 log10(255^2 / MSE) by
        // 10 / ln 10 times that; the JSON text between them adds an ulp.
        let pixels = Double((reference.width - 8) * (reference.height - 8))
        XCTAssertEqual(try XCTUnwrap(mean["psnr_y"]), expected, accuracy: 10 / log(10) * pixels * Double.ulpOfOne + expected.ulp, "one pair: the name 00000 alone is shared")
        XCTAssertGreaterThan(try XCTUnwrap(mean["texture_distance_standin"]), 0)

        let same = try CommandRunner.run(["eval-restoration", path("held/reference/00001.png"), path("held/reference/00001.png"), "--json"])
        XCTAssertEqual(same.status, 0, same.errors)
        XCTAssertTrue(same.output.contains("\"psnr_y\":null"), same.output)
        let mismatched = try CommandRunner.run(["eval-restoration", path("held/input"), path("held/reference")])
        XCTAssertNotEqual(mismatched.status, 0)
        XCTAssertTrue(mismatched.errors.contains("a restored image and its reference must have one size"), mismatched.errors)
        let pix2pix = try CommandRunner.run(["train", "scenes_pix2pix", "--set", "dataset=photos_x4", "--runs", path("runs")])
        XCTAssertTrue(pix2pix.errors.contains("super-resolution takes a restorer"), pix2pix.errors)
    }

    func testColorizationPairsGetTheColorizationMeasures() throws {
        let written = try CommandRunner.run(["datasets", "photos_gray", "--held-out", path("held")])
        XCTAssertEqual(written.status, 0, written.errors)
        let gray = try ImageCodec.read(path("held/input/00000.png")), reference = try ImageCodec.read(path("held/reference/00000.png"))
        XCTAssertEqual([gray.channels, reference.channels], [1, 3], "the held-out color photo and its lightness gray")
        // Their central 64-pixel squares keep the measures quick.
        for (folder, image) in [("gray", gray), ("color", reference)] {
            try FileManager.default.createDirectory(atPath: path(folder), withIntermediateDirectories: true)
            let square = image.centerCropped(width: 64, height: 64).array
            try ImageGrid(columns: 1, padding: 0, range: 0...1).writePNG(square.reshaped([1] + square.shape), to: path("\(folder)/00000.png"))
        }
        let measured = try CommandRunner.run(["eval-restoration", path("gray"), path("color"), "--json"])
        XCTAssertEqual(measured.status, 0, measured.errors)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(measured.output.utf8)) as? [String: Any])
        let mean = try XCTUnwrap(report["mean"] as? [String: Double])
        let (x, y) = (try ImageCodec.read(path("gray/00000.png")).converted(toChannels: 3).array, try ImageCodec.read(path("color/00000.png")).array)
        let auc = try ColorizationQuality.abAccuracyAUC(x.reshaped([1] + x.shape), y.reshaped([1] + y.shape))[0]
        // The area is a mean of 151 shares in [0, 1], each exact to an ulp: summed in another order it would move by at
        // most 151 roundings of values up to 151, before the division by 151; the JSON text adds an ulp.
        let thresholds = Double(ColorizationQuality.maximumDistance + 1)
        XCTAssertEqual(try XCTUnwrap(mean["ab_accuracy_auc"]), auc, accuracy: 2 * thresholds * Double.ulpOfOne)
        XCTAssertLessThan(auc, 1)
        XCTAssertEqual(mean["colorfulness"], 0, "a gray image has no colorfulness")
        XCTAssertGreaterThan(try XCTUnwrap(mean["reference_colorfulness"]), 10)
        XCTAssertNotNil(mean["psnr"])
        XCTAssertNil(mean["lpips"], "no LPIPS without its weights")
        var random = RandomGenerator(seed: 2)
        let network = LPIPS(backbone: .alex, generator: &random)
        let state = StateDict(zip(network.convertedNames, network.parameters()).map { ($0, $1.value.map(.abs)) })
        try SafetensorsFile(stateDict: state, metadata: ["network": "alex"]).write(to: URL(fileURLWithPath: path("alex.safetensors")))
        let withLPIPS = try CommandRunner.run(["eval-restoration", path("gray"), path("color"), "--lpips", path("alex.safetensors"), "--json"])
        XCTAssertEqual(withLPIPS.status, 0, withLPIPS.errors)
        let figures = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(withLPIPS.output.utf8)) as? [String: Any])?["mean"] as? [String: Double])
        XCTAssertGreaterThan(try XCTUnwrap(figures["lpips"]), 0, "a gray image is some distance from its color original")
        let missing = try CommandRunner.run(["eval-restoration", path("gray"), path("color"), "--lpips", path("none.safetensors")])
        XCTAssertTrue(missing.errors.contains("--lpips: \(path("none.safetensors")): no such file"), missing.errors)
    }

    func testTheTradeoffPlotReadsRunsAndReports() throws {
        for (run, psnr, distance) in [("00001-x4_edsr", 30.5, 0.054), ("00002-x4_esrgan", 28.3, 0.094)] {
            try FileManager.default.createDirectory(atPath: path(run), withIntermediateDirectories: true)
            try Data("{\"quality\":{\"psnr_y\":\(psnr),\"texture_distance_standin\":\(distance)},\"step\":3000}".utf8).write(to: URL(fileURLWithPath: path(run + "/quality.json")))
        }
        try Data("{\"mean\":{\"psnr_y\":29.4,\"texture_distance_standin\":0.14},\"crop_border\":4}".utf8).write(to: URL(fileURLWithPath: path("alpha_0.json")))
        let drawn = try CommandRunner.run([
            "tradeoff", path("00001-x4_edsr"), "--curve", "esrgan=\(path("alpha_0.json")),\(path("00002-x4_esrgan"))", "--output", path("pd.png"),
        ])
        XCTAssertEqual(drawn.status, 0, drawn.errors)
        XCTAssertTrue(drawn.output.contains("1 point and 1 curve"), drawn.output)
        let image = try ImageCodec.read(path("pd.png"))
        XCTAssertEqual([image.width, image.height, image.channels], [720, 480, 3])
        let missing = try CommandRunner.run(["tradeoff", path("00001-x4_edsr"), "--y", "lpips", "--output", path("no.png")])
        XCTAssertTrue(missing.errors.contains("has no lpips; it has psnr_y, texture_distance_standin"), missing.errors)
        let badCurve = try CommandRunner.run(["tradeoff", "--curve", "esrgan", "--output", path("no.png")])
        XCTAssertTrue(badCurve.errors.contains("--curve esrgan: expected NAME=PATH,PATH,..."), badCurve.errors)
    }
}
