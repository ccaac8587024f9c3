import SwiftGAN
import XCTest

final class ShapesClassifierTests: XCTestCase {
    func testCommittedWeightsReadTheHeldOutFactors() throws {
        let model = try ShapesClassifier.pretrained()
        var recipe = ShapesClassifierRecipe()
        recipe.heldOut = 1_000
        let held = recipe.heldOutSet()
        let accuracy = ShapesClassifierRecipe.accuracy(of: model, images: held.images, factors: held.factors)
        XCTAssertGreaterThanOrEqual(accuracy["shape"]!, 0.98, "\(accuracy)")
        for factor in ["hue", "x", "y", "background"] {
            XCTAssertGreaterThanOrEqual(accuracy[factor]!, 0.98, "\(factor): \(accuracy)")
        }
    }

    func testSixtyFourPixelImagesReadAsTheirThirtyTwoPixelSelves() throws {
        var generator = RandomGenerator(seed: 4)
        let model = ShapesClassifier(generator: &generator)
        let small = Shapes(count: 4, seed: 8, size: 32).renderedAll().images, large = Shapes(count: 4, seed: 8, size: 64).renderedAll().images
        let a = try model.outputs(small), b = try model.outputs(large)
        XCTAssertEqual(a.features.shape, [4, 256])
        XCTAssertEqual(a.logits.shape, [4, ShapeFactor.shape.levels])
        // Inputs agree to float rounding (1e-5); a ReLU network of this size moves its features by far less than 1e-3.
        XCTAssertEqual(zip(a.features.elements, b.features.elements).map { abs($0 - $1) }.max()!, 0, accuracy: 1e-3)
        XCTAssertThrowsError(try model.validate(sampleShape: [1, 32, 32])) {
            XCTAssertEqual("\($0)", "shapes_classifier: images of shape [1, 32, 32]; the shapes classifier's features need [3, 32, 32] or [3, 64, 64]")
        }
        XCTAssertEqual(model.predict(small).count, 4)
    }

    func testItsFrechetDistanceSeparatesShapesFromBlobs() throws {
        let model = try ShapesClassifier.pretrained()
        let a = Shapes(count: 400, seed: 21).renderedAll().images.map(.affine(scale: 2, shift: -1))
        let b = Shapes(count: 400, seed: 22).renderedAll().images.map(.affine(scale: 2, shift: -1))
        // Blurred color noise: the colors of shapes without their outlines.
        var random = RandomGenerator(seed: 23)
        let blobs = withoutGrad { Tensor(random.uniform([400, 3, 8, 8], low: -1, high: 1)).upsampleNearest(scale: 4).value }
        let same = try SampleEvaluation(real: a, generated: b, network: model)
        let other = try SampleEvaluation(real: a, generated: blobs, network: model)
        XCTAssertLessThan(same.frechetDistance * 20, other.frechetDistance, "same data \(same.frechetDistance), blobs \(other.frechetDistance)")
        XCTAssertEqual(same.featureNetwork, "shapes_classifier")
        XCTAssertGreaterThan(same.recall, 0.5)
    }
}
