import Foundation
@testable import SwiftGANZoo
import SwiftGAN
import XCTest

/// The pixel-trained super-resolvers and the bicubic baseline: shapes,
/// training, gradient clipping, the held-out split and the measure.
final class SuperResolutionTests: XCTestCase {
    private let tinyOptions: [String: [(String, String)]] = [
        "srcnn": [("srcnn.width", "4")],
        "espcn": [("espcn.width", "4")],
        "vdsr": [("vdsr.width", "4"), ("vdsr.depth", "3")],
        "edsr": [("edsr.width", "4"), ("edsr.blocks", "1")],
    ]

    private func tiny(_ model: String, dataset: String = "mnist_x4", steps: Int = 2, extra: [(String, String)] = []) throws -> TrainingConfiguration {
        var c = try Presets.configuration("photos_x4_\(model)")
        for (key, value) in [("dataset", dataset), ("batch_size", "4"), ("steps", "\(steps)")] + (tinyOptions[model] ?? []) + extra { try c.set(key, to: value) }
        return c
    }

    func testEverySuperResolverEnlargesByTheDataFactor() throws {
        for model in ["bicubic", "srcnn", "espcn", "vdsr", "edsr"] {
            for (dataset, input, output) in [("mnist_x4", [2, 1, 7, 7], [2, 1, 28, 28]), ("mnist_x2", [2, 1, 14, 14], [2, 1, 28, 28]), ("photos_x3", [2, 3, 5, 6], [2, 3, 15, 18])] {
                let trainer = try ModelRegistry.trainer(for: tiny(model, dataset: dataset))
                let restorer = try XCTUnwrap(trainer.model as? any RestorationModel)
                let images = Tensor(NDArray(zeros: input))
                XCTAssertEqual(trainer.inference.evaluating { restorer.restore(images, networks: trainer.inference.networks).shape }, output, "\(model) on \(dataset)")
            }
        }
    }

    func testBicubicUpsamplingIsPILsBicubic() {
        let values = (0..<90).map { (i: Int) -> Float in Float(i % 6) / 10 + Float(i / 30) / 10 + Float(i % 30 / 6) / 50 + 0.1 }
        let image = NDArray(values, shape: [1, 3, 5, 6])
        let up = withoutGrad { BicubicUpsampling(factor: 3)(Tensor(image)).value }
        XCTAssertEqual(up.shape, [1, 3, 15, 18])
        let reference = Degradation.resized(image.reshaped([3, 5, 6]), height: 15, width: 18)
        for (a, b) in zip(up.elements, reference.elements) { XCTAssertEqual(a, b, accuracy: 1e-5) }
    }

    func testTheBaselineTrainsNothingAndTheMeasureFindsNoGainOverItself() throws {
        let trainer = try ModelRegistry.trainer(for: tiny("bicubic"))
        XCTAssertTrue(trainer.phases.isEmpty)
        let model = try XCTUnwrap(trainer.model as? any RestorationModel)
        let report = try RestorationMeasure.measure(model, configuration: tiny("bicubic"), inference: trainer.inference)
        // The output passes through [-1, 1] and back: a float rounding at most, which 8-bit rounding absorbs almost everywhere.
        XCTAssertEqual(try XCTUnwrap(report["psnr_gain"]), 0, accuracy: 0.01)
        XCTAssertEqual(try XCTUnwrap(report["psnr_y"]), try XCTUnwrap(report["bicubic_psnr_y"]), accuracy: 0.01)
        XCTAssertGreaterThan(try XCTUnwrap(report["bicubic_psnr_y"]), 10)
    }

    func testEachResolverFitsABatchOfDigits() throws {
        for model in ["srcnn", "espcn", "vdsr", "edsr"] {
            let trainer = try ModelRegistry.trainer(for: tiny(model))
            let restorer = try XCTUnwrap(trainer.model as? PixelRestorer)
            let (inputs, targets) = restorer.preview.batch(count: 8)
            let (x, y) = (Tensor(inputs), Tensor(try XCTUnwrap(targets)))
            let losses = FixedBatchDescent.losses(restorer.network.parameters(), steps: 60) { restorer.loss(restorer.network(x), y) }
            // Descent on one fixed batch: the pixel loss falls, whatever it starts from
            // (VDSR and SRCNN start at about the bicubic error, the others from random outputs).
            XCTAssertLessThan(losses.suffix(5).reduce(0, +) / 5, 0.8 * losses[0], "\(model): \(losses)")
        }
    }

    func testVDSRClipsTheGradientNormOfEachUpdate() throws {
        let limit: Float = 1e-3
        let c = try tiny("vdsr", extra: [("vdsr.gradient_clip_norm", "\(limit)"), ("optimizer.name", "sgd"), ("optimizer.beta1", "0"), ("optimizer.learning_rate", "1")])
        let trainer = try ModelRegistry.trainer(for: c)
        let network = trainer.player("generator").module
        let before = network.parameters().flatMap { $0.value.elements }
        _ = try trainer.trainStep()
        let after = network.parameters().flatMap { $0.value.elements }
        let moved = zip(before, after).map { Double($0 - $1) * Double($0 - $1) }.reduce(0, +).squareRoot()
        // Plain SGD at learning rate 1 moves the parameters by the clipped gradient: its norm is the limit (the unclipped one is far larger).
        XCTAssertEqual(moved, Double(limit), accuracy: 1e-4)
    }

    func testEDSRResumesExactly() throws {
        try ResumeCheck.assertResumeContinues(tiny("edsr", steps: 2), steps: 2, stop: 1)
    }

    func testRestorationDataNeedsItsOwnShapeAndRestorersNeedIt() throws {
        XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny("edsr", dataset: "mnist"))) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "dataset")
            XCTAssertTrue("\(error)".contains("photos_x4"), "\(error)")
        }
        XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny("bicubic", dataset: "photos_noise25"))) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "dataset")
        }
        XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny("edsr", extra: [("data.resolution", "32")]))) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "data.resolution")
        }
        XCTAssertThrowsError(try ModelRegistry.trainer(for: tiny("vdsr", extra: [("vdsr.depth", "1")]))) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "vdsr.depth")
        }
    }

    func testTheHeldOutPhotosAreNeverCroppedForTraining() throws {
        let (training, heldOut) = try RestorationData.split(DataOptions(), patch: 64)
        let photos = try NamedPhotos.bundled()
        XCTAssertEqual(heldOut.map(\.shape), photos.filter { RestorationData.heldOutPhotos.contains($0.name) }.map(\.image.shape))
        XCTAssertEqual(training.count + heldOut.count, photos.count)
        let trainingSet = try DatasetRegistry.entry(named: "photos_x4").load(DataOptions(), 3)
        let crops = try XCTUnwrap(trainingSet as? PhotoCrops)
        XCTAssertEqual(crops.photos.map(\.shape), training.map(\.shape))
        let pairs = try RestorationData.evaluationPairs(dataset: "photos_x4", options: DataOptions())
        XCTAssertEqual(pairs.count, RestorationData.heldOutPhotos.count)
        for (input, target) in pairs {
            XCTAssertEqual(target.shape[2] % 4 + target.shape[3] % 4, 0)
            XCTAssertEqual(input.shape, [1, 3, target.shape[2] / 4, target.shape[3] / 4])
        }
    }

    func testYourFolderHoldsOutEveryFifthPhoto() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgan-sr-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for i in 0..<6 {
            let image = Image(width: 20, height: 20, channels: 3, samples: [Float](repeating: Float(i) / 10, count: 1_200))
            try Data(PNGCodec.encode(image)).write(to: folder.appendingPathComponent("p\(i).png"))
        }
        var options = DataOptions()
        options.path = folder.path
        let (training, heldOut) = try RestorationData.split(options, patch: 16)
        XCTAssertEqual(training.count, 5)
        XCTAssertEqual(heldOut.map { $0[[0, 0, 0]] }, [0.4], "p4 is the fifth")
        XCTAssertThrowsError(try RestorationData.split(options, patch: 32)) { error in
            XCTAssertEqual((error as? ConfigurationError)?.key, "data.path")
            XCTAssertTrue("\(error)".contains("smaller than the 32-pixel patches"), "\(error)")
        }
    }
}
