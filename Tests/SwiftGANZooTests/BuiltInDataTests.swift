import SwiftGAN
@testable import SwiftGANZoo
import XCTest

/// The 32x32 digits and the shapes data as configurations name them: their
/// shapes without loading, what loading gives, and the measures that judge them.
final class BuiltInDataTests: XCTestCase {
    private func configuration(_ dataset: String, resolution: Int? = nil, model: String = "gan") throws -> TrainingConfiguration {
        var c = try Presets.configuration("mnist_dcgan")
        c.dataset = dataset
        c.data.resolution = resolution
        if model != "gan" { try c.set("model", to: model) }
        return c
    }

    func testShapesAreKnownBeforeLoadingAndMatchWhatLoads() throws {
        let cases: [(String, Int?, [Int], Int)] = [
            ("mnist32", nil, [1, 32, 32], 10), ("colored_mnist32", nil, [3, 32, 32], 10),
            ("shapes", nil, [3, 32, 32], 6), ("shapes", 64, [3, 64, 64], 6), ("mnist32", 16, [1, 16, 16], 10),
        ]
        for (name, resolution, sampleShape, classes) in cases {
            let c = try configuration(name, resolution: resolution)
            let shape = try DatasetRegistry.shape(of: c)
            XCTAssertEqual(shape, DatasetShape(sampleShape: sampleShape, classCount: classes), name)
            let data = try DatasetRegistry.load(c)
            XCTAssertEqual(try data.example(at: 3).image.shape, sampleShape, name)
            XCTAssertEqual(data.classCount, classes, name)
        }
        XCTAssertThrowsError(try DatasetRegistry.shape(of: configuration("shapes").setting("data.channels", "1"))) {
            XCTAssertEqual("\($0)", "data.channels: shapes has 3 channels, not 1; remove the key")
        }
    }

    func testShapesAreDrawnAtTheAskedResolutionNotResized() throws {
        let small = try DatasetRegistry.load(configuration("shapes")), large = try DatasetRegistry.load(configuration("shapes", resolution: 64))
        let pooled = withoutGrad { Tensor(try! large.example(at: 5).image.reshaped([1, 3, 64, 64])).avgPool2d(kernel: (2, 2)).value }
        XCTAssertEqual(zip(pooled.elements, try small.example(at: 5).image.elements).map { abs($0 - $1) }.max()!, 0, accuracy: 1e-5)
    }

    func testMeasuresFollowTheDataAndItsResolution() throws {
        XCTAssertEqual(QualityMeasures.kinds(for: try configuration("mnist32")), [.mnistSamples])
        XCTAssertEqual(QualityMeasures.kinds(for: try configuration("mnist32", resolution: 64)), [])
        XCTAssertEqual(QualityMeasures.kinds(for: try configuration("shapes")), [.shapesSamples])
        XCTAssertEqual(QualityMeasures.kinds(for: try configuration("shapes", resolution: 64)), [.shapesSamples])
        XCTAssertEqual(QualityMeasures.kinds(for: try configuration("shapes", resolution: 48)), [])
        XCTAssertEqual(QualityMeasures.kinds(for: try configuration("mnist32", model: "cgan")), [.mnistSamples, .classAccuracy])
        XCTAssertEqual(QualityMeasures.kinds(for: try configuration("colored_mnist32")), [.mnistSamples], "judged as gray digits read back")
        XCTAssertEqual(QualityMeasures.kinds(for: try configuration("colored_mnist32", resolution: 64)), [])
    }

    func testThirtyTwoPixelDigitsAreJudgedAsTheirTwentyEightPixelSelves() throws {
        let digits = try QualityMeasures.mnistDigits(count: 5)
        let padded = NDArray.concatenate((0..<5).map { i in
            PaddedDataset.pad(digits.slice(axis: 0, start: i, end: i + 1).reshaped([1, 28, 28]).map(.affine(scale: 1, shift: 1)), size: 32)
                .map(.affine(scale: 1, shift: -1)).reshaped([1, 1, 32, 32])
        }, axis: 0)
        XCTAssertEqual(padded.shape, [5, 1, 32, 32])
        let judged = QualityMeasures.digits((padded, nil)).samples
        XCTAssertEqual(judged.elements, digits.elements, "the crop undoes the padding exactly")
    }
}

private extension TrainingConfiguration {
    func setting(_ key: String, _ value: String) throws -> TrainingConfiguration {
        var copy = self
        try copy.set(key, to: value)
        return copy
    }
}
