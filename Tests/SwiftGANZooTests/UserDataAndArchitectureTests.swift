import Foundation
import SwiftGAN
import XCTest

/// Training on your own data (a folder of images, an NPY array) and the
/// InfoGAN paper's networks, built from configuration.
final class UserDataAndArchitectureTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-user-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testAFolderOfImagesTrainsAtTwentyEightPixels() throws {
        var random = RandomGenerator(seed: 1)
        for (index, name) in ["a/0.png", "a/1.png", "b/0.png", "b/1.png"].enumerated() {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let image = Image(array: random.uniform([3, 40 + index, 36]))
            try Data(PNGCodec.encode(image)).write(to: url)
        }
        var c = try Presets.configuration("mnist_cgan")
        for (key, value) in [("dataset", "folder"), ("data.path", directory.path), ("data.channels", "3"), ("batch_size", "2")] { try c.set(key, to: value) }
        let trainer = try ModelRegistry.trainer(for: c)
        XCTAssertEqual(trainer.model.conditioningClasses, 2, "the subfolders are the classes")
        XCTAssertNotNil(try trainer.trainStep()["loss_d"])
        XCTAssertEqual(trainer.samples(count: 3, seed: 0).samples.shape, [3, 3, 28, 28])
        try c.set("data.resolution", to: "32")
        let larger = try ModelRegistry.trainer(for: c)
        XCTAssertNotNil(try larger.trainStep()["loss_d"])
        XCTAssertEqual(larger.samples(count: 2, seed: 0).samples.shape, [2, 3, 32, 32], "read and generated at data.resolution")
    }

    func testUserDataNeedsAPathAndASquareShape() throws {
        var c = try Presets.configuration("mnist_dcgan")
        c.dataset = "npy"
        XCTAssertThrowsError(try ModelRegistry.trainer(for: c)) {
            XCTAssertTrue("\($0)".hasPrefix("data.path: this dataset reads your data from data.path"), "\($0)")
        }
        let file = directory.appendingPathComponent("x.npy")
        try NPY.write(NDArray(zeros: [4, 1, 32, 24]), to: file)
        try c.set("data.path", to: file.path)
        XCTAssertThrowsError(try ModelRegistry.trainer(for: c)) {
            XCTAssertTrue("\($0)".hasSuffix("holds samples of shape [1, 32, 24]; the npy dataset takes square images [N, C, H, W]"), "\($0)")
        }
        try NPY.write(NDArray(repeating: 0.5, shape: [4, 1, 32, 32]), to: file)
        c.batchSize = 2
        let trainer = try ModelRegistry.trainer(for: c)
        XCTAssertNotNil(try trainer.trainStep()["loss_d"])
        XCTAssertEqual(trainer.samples(count: 1, seed: 0).samples.shape, [1, 1, 32, 32], "the array's own resolution")
        let recorded = try DatasetRegistry.recordingShape(of: c)
        XCTAssertEqual([recorded.data.channels, recorded.data.resolution], [1, 32])
        let checkpoint = directory.appendingPathComponent("npy.safetensors")
        try ModelRegistry.trainer(for: recorded).checkpoint(configuration: recorded.json).write(to: checkpoint)
        try FileManager.default.removeItem(at: file)
        let (_, inference, _) = try ModelRegistry.inference(restoring: checkpoint)
        XCTAssertEqual(inference.samples(count: 1, seed: 0).samples.shape, [1, 1, 32, 32], "inference needs the array no more")
    }

    /// An npy dataset with a NaN, or with 0-255 values, is refused before training, naming the file.
    func testUserArraysAreCheckedBeforeTraining() throws {
        var c = try Presets.configuration("mnist_dcgan")
        let path = directory.appendingPathComponent("bad.npy").path
        try c.set("dataset", to: "npy")
        try c.set("data.path", to: path)
        var values = [Float](repeating: 0.5, count: 3 * 784)
        values[784 + 30] = .nan
        try NPY.write(NDArray(values, shape: [3, 1, 28, 28]), to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try ModelRegistry.trainer(for: c)) { XCTAssertTrue("\($0)".contains("bad.npy: holds nan at index [1, 0, 1, 2]"), "\($0)") }
        try NPY.write(NDArray(repeating: 200, shape: [3, 1, 28, 28]), to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try ModelRegistry.trainer(for: c)) {
            XCTAssertTrue("\($0)".contains("must lie in [0, 1], and rows from 0 span [200.0, 200.0]"), "\($0)")
        }
    }

    func testInfoGANPaperNetworksShareTheBodyBetweenDAndQ() throws {
        var c = try Presets.configuration("mnist_infogan")
        c.batchSize = 4
        let trainer = try ModelRegistry.trainer(for: c)
        let model = try XCTUnwrap(trainer.model as? InfoGAN)
        let output = model.discriminatorNetwork(Tensor(NDArray(zeros: [4, 1, 28, 28])))
        XCTAssertEqual(output.shape, [4, 1 + 10 + 2])
        XCTAssertTrue(model.discriminator is InfoGANDiscriminator)
        XCTAssertNotNil(try trainer.trainStep()["info_categorical"])
        try c.set("model", to: "gan")
        try c.set("gan.architecture", to: "infogan")
        XCTAssertThrowsError(try ModelRegistry.trainer(for: c)) {
            XCTAssertEqual("\($0)", "gan.architecture: infogan has InfoGAN's Q head and is for the infogan model; use dcgan for gan")
        }
    }

    /// Every convolutional family builds and generates at 32, 64 and 128
    /// pixels (and MNIST's 28); BEGAN's autoencoder and InfoGAN's networks at
    /// multiples of 4. One step trains at 32.
    func testConvolutionalArchitecturesTakeTheResolution() throws {
        let cases: [(model: String, architecture: String, resolutions: [Int])] = [
            ("gan", "dcgan", [28, 32, 64, 128]), ("gan", "resnet", [28, 32, 64]), ("infogan", "infogan", [28, 32, 64]), ("began", "dcgan", [32, 64]),
        ]
        for (model, architecture, resolutions) in cases {
            for resolution in resolutions {
                var c = TrainingConfiguration()
                for (key, value) in [
                    ("model", model), ("dataset", "mnist"), ("data.resolution", "\(resolution)"), ("\(model).architecture", architecture),
                    ("\(model).hidden", "8"), ("batch_size", "2"),
                ] { try c.set(key, to: value) }
                let trainer = try ModelRegistry.trainer(for: c)
                let name = "\(model)/\(architecture) at \(resolution)"
                XCTAssertEqual(trainer.samples(count: 2, seed: 0).samples.shape, [2, 1, resolution, resolution], name)
                if resolution == 32 { XCTAssertTrue(try trainer.trainStep()["loss_d"]?.isFinite ?? false, name) }
            }
        }
    }
}
