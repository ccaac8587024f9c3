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
        (c.dataset, c.dataPath, c.channels, c.batchSize) = ("folder", directory.path, 3, 2)
        let trainer = try ZooBuilder.trainer(for: c)
        XCTAssertEqual(trainer.model.conditioningClasses, 2, "the subfolders are the classes")
        XCTAssertNotNil(try trainer.trainStep()["loss_d"])
        XCTAssertEqual(trainer.samples(count: 3, seed: 0).samples.shape, [3, 3, 28, 28])
    }

    func testUserDataNeedsAPathAndTheRightSize() throws {
        var c = try Presets.configuration("mnist_dcgan")
        c.dataset = "npy"
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) {
            XCTAssertTrue("\($0)".hasPrefix("data_path: dataset npy reads your data from data_path"), "\($0)")
        }
        let file = directory.appendingPathComponent("x.npy")
        try NPY.write(NDArray(zeros: [4, 1, 32, 32]), to: file)
        c.dataPath = file.path
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) {
            XCTAssertEqual("\($0)", "architecture: dcgan28 needs 28x28 images and npy has samples of shape [1, 32, 32]; use mlp")
        }
    }

    /// An npy dataset with a NaN, or with 0-255 values, is refused before training, naming the file.
    func testUserArraysAreCheckedBeforeTraining() throws {
        var c = try Presets.configuration("mnist_dcgan")
        (c.dataset, c.dataPath) = ("npy", directory.appendingPathComponent("bad.npy").path)
        var values = [Float](repeating: 0.5, count: 3 * 784)
        values[784 + 30] = .nan
        try NPY.write(NDArray(values, shape: [3, 1, 28, 28]), to: URL(fileURLWithPath: c.dataPath!))
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) { XCTAssertTrue("\($0)".contains("bad.npy: holds nan at index [1, 0, 1, 2]"), "\($0)") }
        try NPY.write(NDArray(repeating: 200, shape: [3, 1, 28, 28]), to: URL(fileURLWithPath: c.dataPath!))
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) {
            XCTAssertTrue("\($0)".contains("must lie in [0, 1], and rows from 0 span [200.0, 200.0]"), "\($0)")
        }
    }

    func testInfoGANPaperNetworksShareTheBodyBetweenDAndQ() throws {
        var c = try Presets.configuration("mnist_infogan")
        (c.architecture, c.batchSize) = ("infogan28", 4)
        let trainer = try ZooBuilder.trainer(for: c)
        let model = try XCTUnwrap(trainer.model as? InfoGAN)
        let output = model.discriminatorNetwork(Tensor(NDArray(zeros: [4, 1, 28, 28])))
        XCTAssertEqual(output.shape, [4, 1 + 10 + 2])
        XCTAssertTrue(model.discriminator is InfoGAN28Discriminator)
        XCTAssertNotNil(try trainer.trainStep()["info_categorical"])
        c.model = "gan"
        XCTAssertThrowsError(try ZooBuilder.trainer(for: c)) {
            XCTAssertEqual("\($0)", "architecture: infogan28 has InfoGAN's Q head and is for the infogan model; use dcgan28 for gan")
        }
    }
}
