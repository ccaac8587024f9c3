import Foundation
import SwiftGAN
import XCTest

/// `swiftgan enhance` end to end: a tiny super-resolver's checkpoint applied
/// to files of odd sizes, a folder and an array, and bad input refused with
/// one line that names it.
final class EnhanceCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-enhance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// A checkpoint of `preset` on `dataset` after one step, with `extra` settings.
    private func checkpoint(_ preset: String, dataset: String? = nil, _ extra: [(String, String)] = []) throws -> String {
        var c = try Presets.configuration(preset)
        for (key, value) in [("batch_size", "2"), ("steps", "1")] + (dataset.map { [("dataset", $0)] } ?? []) + extra { try c.set(key, to: value) }
        let trainer = try ModelRegistry.trainer(for: c)
        try trainer.trainStep()
        let url = folder.appendingPathComponent("\(preset).safetensors")
        try trainer.checkpoint(configuration: c.json).write(to: url)
        return url.path
    }

    private func decode(_ name: String) throws -> Image {
        try PNGCodec.decode(Array(Data(contentsOf: URL(fileURLWithPath: path(name)))))
    }

    func testEnhancingOddSizesInTilesWritesEachImageEnlarged() throws {
        let edsr = try checkpoint("photos_x4_edsr", dataset: "mnist_x2", [("edsr.width", "4"), ("edsr.blocks", "1")])
        var random = RandomGenerator(seed: 6)
        try FileManager.default.createDirectory(atPath: path("in"), withIntermediateDirectories: true)
        try ImageGrid(columns: 1, padding: 0, range: 0...1).writePNG(random.uniform([1, 3, 13, 9], low: 0, high: 1), to: path("in/odd.png"))
        try ImageGrid(columns: 1, padding: 0, range: 0...1).writePNG(random.uniform([1, 1, 20, 21], low: 0, high: 1), to: path("in/gray.png"))
        let tiled = try CommandRunner.run(["enhance", "--checkpoint", edsr, "--input", path("in"), "--output", path("out"), "--tile", "8", "--overlap", "6"])
        XCTAssertEqual(tiled.status, 0, tiled.errors)
        XCTAssertTrue(tiled.output.contains("wrote 2 restored images"), tiled.output)
        let odd = try decode("out/odd.png"), gray = try decode("out/gray.png")
        XCTAssertEqual([odd.width, odd.height, odd.channels], [18, 26, 1], "x2, read in the model's one channel")
        XCTAssertEqual([gray.width, gray.height], [42, 40])
        let whole = try CommandRunner.run(["enhance", "--checkpoint", edsr, "--input", path("in/gray.png"), "--output", path("whole"), "--tile", "64", "--overlap", "0"])
        XCTAssertEqual(whole.status, 0, whole.errors)
        let differences = zip(try decode("whole/gray.png").samples, gray.samples).map { abs($0 - $1) }
        XCTAssertLessThanOrEqual(differences.max()!, 1.0 / 255 + 1e-6, "tiles with an overlap beyond the network's reach agree with the whole image to 8-bit rounding")
        try NPY.write(random.uniform([2, 1, 6, 7], low: 0, high: 1), to: URL(fileURLWithPath: path("digits.npy")))
        let array = try CommandRunner.run(["enhance", "--checkpoint", edsr, "--input", path("digits.npy"), "--output", path("arr")])
        XCTAssertEqual(array.status, 0, array.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path("arr")).sorted(), ["00000.png", "00001.png"])
        let blended = try CommandRunner.run(["enhance", "--checkpoint", edsr, "--input", path("in/gray.png"), "--output", path("blend"), "--interpolate", edsr, "--alpha", "0.3"])
        XCTAssertEqual(blended.status, 0, blended.errors)
        let selfBlend = zip(try decode("blend/gray.png").samples, try decode("whole/gray.png").samples).map { abs($0 - $1) }
        XCTAssertLessThanOrEqual(selfBlend.max()!, 1.0 / 255 + 1e-6, "a network blended with itself is itself, to a float rounding of its weights")
        let again = try CommandRunner.run(["enhance", "--checkpoint", edsr, "--input", path("in"), "--output", path("out")])
        XCTAssertTrue(again.errors.contains("odd.png exists; give --overwrite") || again.errors.contains("gray.png exists; give --overwrite"), again.errors)
    }

    func testBadInputIsRefusedInOneLine() throws {
        let edsr = try checkpoint("photos_x4_edsr", dataset: "mnist_x4", [("edsr.width", "4"), ("edsr.blocks", "1")])
        let dcgan = try checkpoint("mnist_dcgan")
        var random = RandomGenerator(seed: 7)
        try NPY.write(random.uniform([1, 3, 8, 8], low: 0, high: 1), to: URL(fileURLWithPath: path("color.npy")))
        let refusals: [([String], String)] = [
            (["enhance", "--checkpoint", edsr, "--input", path("color.npy")], "color.npy: the images have 3 channels and the model takes 1"),
            (["enhance", "--checkpoint", dcgan, "--input", path("color.npy")], "holds a gan model, not a restorer; enhance takes a super-resolver, denoiser or colorizer (bicubic, srcnn, espcn, vdsr, edsr"),
            (["enhance", "--checkpoint", edsr, "--input", path("missing.png")], "missing.png: no such file or folder"),
            (["enhance", "--checkpoint", edsr, "--input", path("color.npy"), "--overlap", "200"], "--overlap must be in 0..<128"),
            (["enhance", "--checkpoint", edsr, "--input", path("color.npy"), "--alpha", "2"], "--alpha must be in [0, 1]"),
            (["enhance", "--checkpoint", edsr, "--input", path("color.npy"), "--interpolate", dcgan], "--interpolate: \(dcgan) holds a gan model and \(edsr) a edsr one"),
            (["translate", "--checkpoint", edsr, "--input", path("color.npy")], "holds a edsr model, a restorer; restore your images at their own size with swiftgan enhance"),
            (["sample", "--checkpoint", edsr], "holds a edsr restorer, which draws nothing from noise; give it images with swiftgan enhance"),
        ]
        for (arguments, message) in refusals {
            let result = try CommandRunner.run(arguments + ["--output", path(arguments[0] == "sample" ? "refused.png" : "refused")])
            XCTAssertNotEqual(result.status, 0, message)
            XCTAssertTrue(result.errors.contains(message), "\(message)\n\(result.errors)")
            XCTAssertEqual(result.errors.split(separator: "\n").filter { !$0.hasPrefix("Usage") && !$0.contains("--help") }.count, 1, result.errors)
        }
    }

    func testColorizersColorWholeImagesAndTakeHintsWithAlpha() throws {
        let width = [("zhang_colorization.width", "4")]
        let zhang = try checkpoint("photos_gray_zhang", width)
        let guided = try checkpoint("photos_gray_user_guided", [("user_guided_colorization.width", "4")])
        var random = RandomGenerator(seed: 8)
        try FileManager.default.createDirectory(atPath: path("in"), withIntermediateDirectories: true)
        let photo = random.uniform([1, 3, 21, 30], low: 0, high: 1)
        try ImageGrid(columns: 1, padding: 0, range: 0...1).writePNG(photo, to: path("in/photo.png"))
        let automatic = try CommandRunner.run(["enhance", "--checkpoint", zhang, "--input", path("in/photo.png"), "--output", path("auto")])
        XCTAssertEqual(automatic.status, 0, automatic.errors)
        let colored = try decode("auto/photo.png")
        XCTAssertEqual([colored.width, colored.height, colored.channels], [30, 21, 3])
        var hints = [Float](repeating: 0, count: 21 * 30 * 4)
        for pixel in [40, 41, 300, 301, 500] { (hints[pixel * 4], hints[pixel * 4 + 3]) = (1, 1) }
        try Data(PNGCodec.encode(Image(width: 30, height: 21, channels: 4, samples: hints))).write(to: URL(fileURLWithPath: path("hints.png")))
        let plain = try CommandRunner.run(["enhance", "--checkpoint", guided, "--input", path("in/photo.png"), "--output", path("plain")])
        let hinted = try CommandRunner.run(["enhance", "--checkpoint", guided, "--input", path("in/photo.png"), "--output", path("hinted"), "--hints", path("hints.png")])
        XCTAssertEqual(plain.status + hinted.status, 0, plain.errors + hinted.errors)
        let change = zip(try decode("plain/photo.png").samples, try decode("hinted/photo.png").samples).map { abs($0 - $1) }.max()!
        XCTAssertGreaterThan(change, 0, "five red hints change the colors")
        try ImageGrid(columns: 1, padding: 0, range: 0...1).writePNG(random.uniform([1, 3, 21, 30], low: 0, high: 1), to: path("opaque.png"))
        try Data(PNGCodec.encode(Image(width: 10, height: 21, channels: 4, samples: [Float](repeating: 1, count: 21 * 40)))).write(to: URL(fileURLWithPath: path("narrow.png")))
        let refusals: [([String], String)] = [
            (["--checkpoint", zhang, "--hints", path("hints.png")], "which takes no color hints; user_guided_colorization does"),
            (["--checkpoint", guided, "--hints", path("opaque.png")], "opaque.png has no alpha channel"),
            (["--checkpoint", guided, "--hints", path("narrow.png")], "narrow.png is 10x21, its input photo 30x21; hints must have the input's size"),
        ]
        for (arguments, message) in refusals {
            let result = try CommandRunner.run(["enhance", "--input", path("in/photo.png"), "--output", path("refused")] + arguments)
            XCTAssertNotEqual(result.status, 0, message)
            XCTAssertTrue(result.errors.contains(message), "\(message)\n\(result.errors)")
        }
    }
}
