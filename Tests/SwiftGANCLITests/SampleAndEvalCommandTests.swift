import Foundation
import SwiftGAN
import SwiftGANTestSupport
import XCTest

/// `swiftgan sample` and `swiftgan eval` on a checkpoint trained for two steps.
final class SampleAndEvalCommandTests: XCTestCase {
    private static let directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-sample-\(UUID().uuidString)")
    private static let checkpoint = directory.appendingPathComponent("dcgan.safetensors")

    override class func setUp() {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        _ = try? CommandRunner.run(["train", "mnist_dcgan", "--steps", "2", "--runs", directory.path, "--name", "dcgan"])
        let written = directory.appendingPathComponent("00000-dcgan/checkpoints/step-0000002.safetensors")
        try? FileManager.default.copyItem(at: written, to: checkpoint)
    }

    override class func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func path(_ name: String) -> String { Self.directory.appendingPathComponent(name).path }

    func testSamplesToEachFormat() throws {
        XCTAssertTrue(FileManager.default.fileExists(atPath: Self.checkpoint.path), "training did not write the checkpoint")
        let npy = try CommandRunner.run(["sample", "--checkpoint", Self.checkpoint.path, "--count", "5", "--output", path("s.npy")])
        XCTAssertEqual(npy.status, 0, npy.errors)
        let array = try NPY.read(contentsOf: URL(fileURLWithPath: path("s.npy")))
        XCTAssertEqual(array.shape, [5, 1, 28, 28])
        XCTAssertTrue(array.elements.allSatisfy { (-1...1).contains($0) })
        let again = try CommandRunner.run(["sample", "--checkpoint", Self.checkpoint.path, "--count", "5", "--output", path("again.npy")])
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual(try NPY.read(contentsOf: URL(fileURLWithPath: path("again.npy"))).elements, array.elements, "the same seed gives the same samples")

        let grid = try CommandRunner.run(["sample", "--checkpoint", Self.checkpoint.path, "--count", "6", "--columns", "3", "--output", path("grid.png")])
        XCTAssertEqual(grid.status, 0, grid.errors)
        let image = try PNGCodec.decode(Array(Data(contentsOf: URL(fileURLWithPath: path("grid.png")))))
        XCTAssertEqual([image.width, image.height], [3 * 28 + 4 * 2, 2 * 28 + 3 * 2])

        let folder = try CommandRunner.run(["sample", "--checkpoint", Self.checkpoint.path, "--count", "3", "--output", path("folder")])
        XCTAssertEqual(folder.status, 0, folder.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path("folder")).sorted(), ["0.png", "1.png", "2.png"])
    }

    func testEvaluatesTwoNPYFilesAndNamesTheProtocol() throws {
        var random = RandomGenerator(seed: 4)
        try NPY.write(random.uniform([300, 1, 28, 28], low: -1, high: 1), to: URL(fileURLWithPath: path("a.npy")))
        let dataset = try BundledData.mnistTest()
        let digits = NDArray.concatenate(try (0..<300).map { try dataset.example(at: $0).image.reshaped([1, 1, 28, 28]) }, axis: 0)
        let scaled = digits.map(.affine(scale: 2, shift: -1))
        try NPY.write(scaled, to: URL(fileURLWithPath: path("b.npy")))
        let noise = try CommandRunner.run(["eval", "mnist", path("a.npy"), "--count", "300"])
        let same = try CommandRunner.run(["eval", "mnist", path("b.npy"), "--count", "300"])
        XCTAssertEqual(noise.status, 0, noise.errors)
        XCTAssertEqual(same.status, 0, same.errors)
        let noiseReport = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(noise.output.utf8)) as? [String: Any])
        let sameReport = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(same.output.utf8)) as? [String: Any])
        XCTAssertEqual(sameReport["feature_network"] as? String, "mnist_classifier")
        XCTAssertEqual(sameReport["real_count"] as? Int, 300)
        // The same digits give the same features on both sides: 0 but for LAPACK's rounding, bounded from their spectrum.
        let statistics = try FeatureStatistics(features: MNISTClassifier.pretrained().outputs(of: scaled, batchSize: 500).features)
        XCTAssertEqual(
            try XCTUnwrap(sameReport["frechet_distance"] as? Double), 0, accuracy: RoundingBounds.frechetSelfDistance(statistics),
            "the same 300 digits on both sides")
        XCTAssertGreaterThan(try XCTUnwrap(noiseReport["frechet_distance"] as? Double), 10)
        XCTAssertTrue(same.errors.contains("warning: KID: subsets of 300 samples instead of 1000"), same.errors)
    }

    func testInterpolatesToAGIFAndAGrid() throws {
        let result = try CommandRunner.run([
            "interpolate", "--checkpoint", Self.checkpoint.path, "--seeds", "1,2,3", "--frames", "4", "--output", path("walk.gif"), "--grid", path("walk.png"),
        ])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.contains("wrote 9 frames"), "4 from each of two seeds to the next, and the last seed: \(result.output)")
        let gif = try Data(contentsOf: URL(fileURLWithPath: path("walk.gif")))
        XCTAssertEqual(Array(gif.prefix(6)), Array("GIF89a".utf8))
        let grid = try PNGCodec.decode(Array(Data(contentsOf: URL(fileURLWithPath: path("walk.png")))))
        XCTAssertEqual([grid.width, grid.height], [5 * 28 + 6 * 2, 2 * 28 + 3 * 2])
    }

    func testInspectShowsStepNetworksAndConfiguration() throws {
        let result = try CommandRunner.run(["inspect", Self.checkpoint.path])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.contains("step: 2\n"), result.output)
        XCTAssertTrue(result.output.contains("  generator: 16 tensors, 790,979 values"), result.output)
        XCTAssertTrue(result.output.contains("  dataset: mnist\n"), result.output)
    }

    func testListingsNameTheZoo() throws {
        let models = try CommandRunner.run(["models"])
        for name in ModelRegistry.names + ["mnist_acgan", "ring8"] { XCTAssertTrue(models.output.contains("  \(name) "), name) }
        let page = try CommandRunner.run(["models", "acgan"])
        for line in ["paper: Odena et al.", "  mnist_acgan: class_accuracy 0.9465", "  acgan:\n", "    class_weight: 1\n", "  acgan.loss: minimax, non_saturating, least_squares, wasserstein, hinge\n", "presets (swiftgan train NAME):\n  mnist_acgan:"] {
            XCTAssertTrue(page.output.contains(line), "\(line) in \(page.output)")
        }
        let lines = try CommandRunner.run(["models", "--json"]).output.split(separator: "\n")
        XCTAssertEqual(lines.count, ModelRegistry.models.count)
        let gan = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(gan["name"] as? String, "gan")
        XCTAssertEqual((gan["options"] as? [String: Any])?["loss"] as? String, "non_saturating")
        XCTAssertTrue((gan["presets"] as? [String])?.contains("ring8") ?? false)
        let unknown = try CommandRunner.run(["models", "acgn"])
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.errors.contains("unknown value 'acgn' (did you mean 'acgan'?)"), unknown.errors)
        XCTAssertTrue(try CommandRunner.run(["datasets"]).output.contains("--set dataset=folder --set data.path=PATH"))
    }

    func testComparesShapesInTheShapesClassifiersFeatures() throws {
        let same = try CommandRunner.run(["eval", "shapes32", "shapes32", "--features", "shapes", "--count", "300"])
        let other = try CommandRunner.run(["eval", "shapes32", "shapes32:7", "--features", "shapes", "--count", "300"])
        XCTAssertEqual(same.status, 0, same.errors)
        XCTAssertEqual(other.status, 0, other.errors)
        let sameReport = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(same.output.utf8)) as? [String: Any])
        let otherReport = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(other.output.utf8)) as? [String: Any])
        XCTAssertEqual(sameReport["feature_network"] as? String, "shapes_classifier")
        let images = QualityMeasures.shapesImages(count: 300, resolution: 32)
        let statistics = try FeatureStatistics(features: ShapesClassifier.pretrained().outputs(of: images, batchSize: 500).features)
        let bound = RoundingBounds.frechetSelfDistance(statistics)
        XCTAssertEqual(try XCTUnwrap(sameReport["frechet_distance"] as? Double), 0, accuracy: bound, "the reference set on both sides")
        XCTAssertGreaterThan(try XCTUnwrap(otherReport["frechet_distance"] as? Double), 10 * bound, "another seed draws other shapes")
        let badSeed = try CommandRunner.run(["eval", "shapes32", "shapes32:x", "--features", "shapes"])
        XCTAssertNotEqual(badSeed.status, 0)
        XCTAssertTrue(badSeed.errors.contains("shapes32:x: the seed after 'shapes32:' must be a whole number"), badSeed.errors)
        let huge = try CommandRunner.run(["eval", "shapes64", "shapes64:1", "--features", "shapes", "--count", "1125899906842624"])
        XCTAssertNotEqual(huge.status, 0)
        XCTAssertTrue(huge.errors.contains("--count"), huge.errors)
        let withInception = try CommandRunner.run(["eval", "shapes32", "shapes64", "--features", "shapes", "--inception", path("none.safetensors")])
        XCTAssertTrue(withInception.errors.contains("--features shapes compares in a SwiftGAN classifier's features"), withInception.errors)
    }

    func testBadRequestsFailWithOneLine() throws {
        let zero = try CommandRunner.run(["sample", "--checkpoint", Self.checkpoint.path, "--count", "0", "--output", path("z.npy")])
        XCTAssertNotEqual(zero.status, 0)
        XCTAssertTrue(zero.errors.contains("--count must be positive, got 0"), zero.errors)
        let missing = try CommandRunner.run(["eval", "mnist", path("nothing.npy")])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.errors.contains("nothing.npy: no such file or folder"), missing.errors)
        let label = try CommandRunner.run(["sample", "--checkpoint", Self.checkpoint.path, "--label", "3", "--output", path("l.npy")])
        XCTAssertTrue(label.errors.contains("--label: the gan model of"), label.errors)
        try Data("not a checkpoint".utf8).write(to: URL(fileURLWithPath: path("junk.safetensors")))
        let notCheckpoint = try CommandRunner.run(["sample", "--checkpoint", path("junk.safetensors"), "--output", path("x.npy")])
        XCTAssertNotEqual(notCheckpoint.status, 0)
        XCTAssertTrue(notCheckpoint.errors.hasPrefix("Error: ") && notCheckpoint.errors.contains("junk.safetensors"), notCheckpoint.errors)
        XCTAssertEqual(notCheckpoint.errors.split(separator: "\n").count, 1, notCheckpoint.errors)
    }
}
