import Foundation
import SwiftGAN
import XCTest

/// `swiftgan translate` end to end: a tiny translator's checkpoint applied
/// to image files, a folder, an array and side-by-side pairs, and bad input
/// refused with one line that names it.
final class TranslateCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-translate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// A checkpoint of `preset` after one step at width 4.
    private func checkpoint(_ preset: String, _ extra: [(String, String)]) throws -> String {
        var c = try Presets.configuration(preset)
        for (key, value) in [("batch_size", "2"), ("steps", "1")] + extra { try c.set(key, to: value) }
        let trainer = try ModelRegistry.trainer(for: c)
        try trainer.trainStep()
        let url = folder.appendingPathComponent("\(preset).safetensors")
        try trainer.checkpoint(configuration: c.json).write(to: url)
        return url.path
    }

    private func writePNG(_ image: NDArray, _ name: String) throws {
        try ImageGrid(columns: 1, padding: 0, range: 0...1).writePNG(image.reshaped([1] + image.shape), to: path(name))
    }

    func testTranslatingFilesAFolderAndPairsWritesEachTranslationAndTheGrid() throws {
        let pix2pix = try checkpoint("scenes_pix2pix", [("pix2pix.generator_width", "4"), ("pix2pix.discriminator_width", "4")])
        let scenes = Scenes(count: 2, seed: 9, size: 96)
        try FileManager.default.createDirectory(atPath: path("maps"), withIntermediateDirectories: true)
        for i in 0..<2 { try writePNG(scenes.example(at: i).image, "maps/scene\(i).png") }
        let wide = Scenes(count: 1, seed: 10, size: 64).example(at: 0)
        try writePNG(NDArray.concatenate([wide.image, wide.target!], axis: 2), "pair.png")
        let folderRun = try CommandRunner.run(["translate", "--checkpoint", pix2pix, "--input", path("maps"), "--output", path("out"), "--grid", path("grid.png")])
        XCTAssertEqual(folderRun.status, 0, folderRun.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path("out")).sorted(), ["scene0.png", "scene1.png"])
        let translated = try PNGCodec.decode(Array(Data(contentsOf: URL(fileURLWithPath: path("out/scene0.png")))))
        XCTAssertEqual([translated.width, translated.height, translated.channels], [64, 64, 3], "96-pixel maps resized to the translator's 64")
        let grid = try PNGCodec.decode(Array(Data(contentsOf: URL(fileURLWithPath: path("grid.png")))))
        XCTAssertEqual([grid.width, grid.height], [2 + 2 * 66, 2 + 2 * 66], "input | output for 2 images")
        let padded = try CommandRunner.run(["translate", "--checkpoint", pix2pix, "--input", path("maps/scene0.png"), "--output", path("padded"), "--fit", "pad"])
        XCTAssertEqual(padded.status, 0, padded.errors)
        let paired = try CommandRunner.run(["translate", "--checkpoint", pix2pix, "--input", path("pair.png"), "--paired", "--output", path("p"), "--grid", path("pgrid.png")])
        XCTAssertEqual(paired.status, 0, paired.errors)
        let pairGrid = try PNGCodec.decode(Array(Data(contentsOf: URL(fileURLWithPath: path("pgrid.png")))))
        XCTAssertEqual([pairGrid.width, pairGrid.height], [2 + 3 * 66, 2 + 66], "input | output | target")
        let again = try CommandRunner.run(["translate", "--checkpoint", pix2pix, "--input", path("maps"), "--output", path("out")])
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.errors.contains("scene0.png exists; give --overwrite"), again.errors)
    }

    func testACycleGANTranslatesBothWaysAndBadInputIsRefusedInOneLine() throws {
        let cyclegan = try checkpoint("mnist2mnistm_cyclegan", [("cyclegan.generator_width", "4"), ("cyclegan.discriminator_width", "4")])
        var random = RandomGenerator(seed: 2)
        try NPY.write(random.uniform([3, 1, 32, 32], low: 0, high: 1), to: URL(fileURLWithPath: path("gray.npy")))
        try NPY.write(random.uniform([2, 3, 32, 32], low: 0, high: 1), to: URL(fileURLWithPath: path("color.npy")))
        let forward = try CommandRunner.run(["translate", "--checkpoint", cyclegan, "--input", path("gray.npy"), "--output", path("ab")])
        XCTAssertEqual(forward.status, 0, forward.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path("ab")).sorted(), ["00000.png", "00001.png", "00002.png"])
        let back = try CommandRunner.run(["translate", "--checkpoint", cyclegan, "--input", path("color.npy"), "--output", path("ba"), "--reverse"])
        XCTAssertEqual(back.status, 0, back.errors)
        XCTAssertEqual(try PNGCodec.decode(Array(Data(contentsOf: URL(fileURLWithPath: path("ba/00000.png"))))).channels, 1, "B to A gives gray digits")

        try writePNG(random.uniform([3, 10, 12], low: 0, high: 1), "tiny.png")
        for folder in ["dup/x", "dup/y"] {
            try FileManager.default.createDirectory(atPath: path(folder), withIntermediateDirectories: true)
            try writePNG(random.uniform([1, 32, 32], low: 0, high: 1), folder + "/digit.png")
        }
        let dcgan = try checkpoint("mnist_dcgan", [])
        let refusals: [([String], String)] = [
            (["--checkpoint", cyclegan, "--input", path("color.npy")], "color.npy: the images have 3 channels and the model takes 1"),
            (["--checkpoint", cyclegan, "--input", path("tiny.png")], "tiny: the image is 12x10, too small for a translator trained at 32x32"),
            (["--checkpoint", dcgan, "--input", path("gray.npy")], "holds a gan model, which takes noise, not images; translate takes a translator (pix2pix, pix2pixhd, spade, cyclegan, discogan, dualgan, dtn, unit, xgan, stargan, combogan, funit, ost)"),
            (["--checkpoint", cyclegan, "--input", path("missing.png")], "missing.png: no such file or folder"),
            (["--checkpoint", cyclegan, "--input", path("dup")], "more than one image is named digit (in different folders)"),
            (["--checkpoint", cyclegan, "--input", path("gray.npy"), "--fit", "stretch"], "--fit must be crop or pad"),
        ]
        let sampled = try CommandRunner.run(["sample", "--checkpoint", cyclegan, "--output", path("samples.png")])
        XCTAssertNotEqual(sampled.status, 0)
        XCTAssertTrue(sampled.errors.contains("translator, which draws nothing from noise; give it images with swiftgan translate"), sampled.errors)
        for (arguments, message) in refusals {
            let result = try CommandRunner.run(["translate"] + arguments + ["--output", path("refused")])
            XCTAssertNotEqual(result.status, 0, message)
            XCTAssertTrue(result.errors.contains(message), "\(message)\n\(result.errors)")
            XCTAssertEqual(result.errors.split(separator: "\n").filter { !$0.hasPrefix("Usage") && !$0.contains("--help") }.count, 1, result.errors)
        }
    }

    /// A multi-domain translator takes the target domain as GROUP=LEVEL for
    /// every group; a missing group, an unknown one, a level out of range,
    /// --reverse, and --domain given to a two-domain translator are refused.
    func testAStarGANTranslatesToTheDomainGivenAndMalformedDomainsAreRefused() throws {
        let tinyStarGAN = [("stargan.generator_width", "4"), ("stargan.blocks", "1"), ("stargan.discriminator_width", "4"), ("stargan.critic_steps", "1")]
        let stargan = try checkpoint("shapes_attributes_stargan", tinyStarGAN)
        var random = RandomGenerator(seed: 3)
        try NPY.write(random.uniform([2, 3, 32, 32], low: 0, high: 1), to: URL(fileURLWithPath: path("shapes.npy")))
        let run = try CommandRunner.run(["translate", "--checkpoint", stargan, "--input", path("shapes.npy"), "--output", path("blue"), "--domain", "hue=5,scale=0,background=2"])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path("blue")).sorted(), ["00000.png", "00001.png"])
        let other = try CommandRunner.run(["translate", "--checkpoint", stargan, "--input", path("shapes.npy"), "--output", path("red"), "--domain", "background=2,hue=0,scale=0"])
        XCTAssertEqual(other.status, 0, other.errors)
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: path("blue/00000.png"))), try Data(contentsOf: URL(fileURLWithPath: path("red/00000.png"))), "another hue, another image")
        let cyclegan = try checkpoint("mnist2mnistm_cyclegan", [("cyclegan.generator_width", "4"), ("cyclegan.discriminator_width", "4")])
        let refusals: [([String], String)] = [
            ([], "--domain: the stargan model translates to a domain; give hue=0-7,scale=0-3,background=0-7"),
            (["--domain", "hue=5,scale=0"], "--domain 'hue=5,scale=0': background is missing"),
            (["--domain", "hue=8,scale=0,background=0"], "hue takes 0-7, got '8'"),
            (["--domain", "shade=1,scale=0,background=0"], "'shade=1' is not GROUP=LEVEL of a known group"),
            (["--domain", "hue=1,hue=2,scale=0,background=0"], "hue is given twice"),
            (["--domain", "hue=1,scale=0,background=0", "--reverse"], "--reverse: the stargan model translates to the domain --domain names"),
        ]
        for (arguments, message) in refusals {
            let result = try CommandRunner.run(["translate", "--checkpoint", stargan, "--input", path("shapes.npy"), "--output", path("refused")] + arguments)
            XCTAssertNotEqual(result.status, 0, message)
            XCTAssertTrue(result.errors.contains(message), "\(message)\n\(result.errors)")
        }
        var gray = RandomGenerator(seed: 4)
        try NPY.write(gray.uniform([1, 1, 32, 32], low: 0, high: 1), to: URL(fileURLWithPath: path("gray.npy")))
        let twoDomain = try CommandRunner.run(["translate", "--checkpoint", cyclegan, "--input", path("gray.npy"), "--output", path("x"), "--domain", "1"])
        XCTAssertTrue(twoDomain.errors.contains("--domain: the cyclegan model translates between two domains only"), twoDomain.errors)
    }

    /// ComboGAN encodes with the inputs' own domain's encoder, so it needs --source-domain.
    func testAComboGANNeedsTheInputsOwnDomain() throws {
        let combogan = try checkpoint("shapes_hues_combogan", [("combogan.generator_width", "4"), ("combogan.discriminator_width", "4")])
        var random = RandomGenerator(seed: 5)
        try NPY.write(random.uniform([1, 3, 32, 32], low: 0, high: 1), to: URL(fileURLWithPath: path("shape.npy")))
        let arguments = ["translate", "--checkpoint", combogan, "--input", path("shape.npy"), "--domain", "hue=4"]
        let missing = try CommandRunner.run(arguments + ["--output", path("none")])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.errors.contains("--source-domain: the combogan model encodes each domain with its own encoder"), missing.errors)
        let wrong = try CommandRunner.run(arguments + ["--output", path("none"), "--source-domain", "hue=9"])
        XCTAssertTrue(wrong.errors.contains("--source-domain 'hue=9': hue takes 0-7, got '9'"), wrong.errors)
        let run = try CommandRunner.run(arguments + ["--output", path("cyan"), "--source-domain", "0"])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path("cyan")), ["00000.png"])
    }
}
