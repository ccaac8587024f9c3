import Foundation
import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
@testable import SwiftGANMetrics
import XCTest

final class SceneSegmenterTests: XCTestCase {
    func testLogitsCoverEveryPixelAndClass() {
        var rng = RandomGenerator(seed: 1)
        let segmenter = SceneSegmenter(generator: &rng)
        let photos = SceneSegmenterRecipe.photos(of: Scenes(count: 2, seed: 0, size: 16), range: 0..<2)
        XCTAssertEqual(segmenter(Tensor(photos.photos)).shape, [2, 7, 16, 16])
        XCTAssertEqual(segmenter.predict(photos.photos).map(\.count), [256, 256])
    }

    /// The loss is the mean over pixels of -log softmax at the true class:
    /// with logits 0 everywhere but 2 at class `road` of every pixel, a map of
    /// roads costs log(6 + e^2) - 2 and a map of skies log(6 + e^2). The
    /// float loss rounds in the 7 exponentials (2 ulps each at most), the 6
    /// additions of their sum, the logarithm, the shift and the mean of 4
    /// equal values: under 16 ulps of the result (at least 1) in all.
    func testTheLossIsThePixelMeanCrossEntropy() {
        var logits = [Float](repeating: 0, count: 7 * 4)
        for p in 0..<4 { logits[SceneClass.road.rawValue * 4 + p] = 2 }
        let t = Tensor(NDArray(logits, shape: [1, 7, 2, 2]))
        let sky = Foundation.log(6 + M_E * M_E), road = sky - 2
        func bound(_ value: Double) -> Float { 16 * Float.ulpOfOne * Float(max(1, value)) }
        XCTAssertEqual(SceneSegmenter.loss(logits: t, classes: [[SceneClass](repeating: .road, count: 4)]).scalarValue, Float(road), accuracy: bound(road))
        XCTAssertEqual(SceneSegmenter.loss(logits: t, classes: [[SceneClass](repeating: .sky, count: 4)]).scalarValue, Float(sky), accuracy: bound(sky))
    }

    /// A few epochs of the recipe on 192 scenes at 16x16 read held-out
    /// scenes better than the most common class alone (sky, about 40% of pixels) can.
    func testTheRecipeLearnsToSegmentTinyScenes() {
        var recipe = SceneSegmenterRecipe()
        (recipe.size, recipe.trainCount, recipe.heldOut, recipe.batchSize, recipe.epochs) = (16, 192, 48, 16, 3)
        let (_, score) = recipe.train()
        XCTAssertGreaterThan(score.pixelAccuracy, 0.6, "\(score)")
    }

    /// The committed weights (99.27% of the recipe's 500 held-out pixels at
    /// training time) read 40 scenes none of its data drew, at 64x64, with
    /// at least 97% of their pixels and every class at least half right.
    func testTheCommittedWeightsReadScenesTheyNeverSaw() throws {
        let segmenter = try SceneSegmenter.pretrained()
        let scenes = Scenes(count: 40, seed: 31_337, size: 64)
        let (photos, classes) = SceneSegmenterRecipe.photos(of: scenes, range: 0..<40)
        let score = SceneSegmenterRecipe.score(of: segmenter, photos: photos, classes: classes)
        XCTAssertGreaterThan(score.pixelAccuracy, 0.97, "\(score)")
        for (kind, accuracy) in zip(SceneClass.allCases, score.perClassAccuracy) {
            if let accuracy { XCTAssertGreaterThan(accuracy, 0.5, "\(kind): \(score)") }
        }
    }
}
