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
