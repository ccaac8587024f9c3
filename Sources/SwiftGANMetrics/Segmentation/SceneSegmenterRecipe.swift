import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANOptim

/// How the `scenes` segmentation network is trained, seeded end to end:
/// `trainCount` scenes drawn with `seed` at `size` pixels, `heldOut` more
/// drawn with `seed + 1`; the per-pixel cross-entropy; Adam 1e-3 decayed to
/// 5% over the second half; batches in a seeded order, no augmentation
/// (where things are in the frame is part of what a class looks like).
public struct SceneSegmenterRecipe: Sendable {
    /// The seed of the data, the initialization and the batch order.
    public var seed: UInt64 = 2026
    /// The side of the scenes, in pixels.
    public var size = 64
    /// Passes over the training scenes.
    public var epochs = 6
    /// The training scenes.
    public var trainCount = 8_000
    /// The held-out scenes the score is read on.
    public var heldOut = 500
    /// Scenes per optimizer step.
    public var batchSize = 32

    public init() {}

    /// Scenes `[N, 3, size, size]` in [-1, 1] with their label maps.
    public static func photos(of scenes: Scenes, range: Range<Int>) -> (photos: NDArray, classes: [[SceneClass]]) {
        let drawn = range.map { scenes.scene(at: $0) }
        let photos = NDArray.concatenate(drawn.map { $0.photo.reshaped([1] + $0.photo.shape) }, axis: 0)
        return (photos.map(.affine(scale: 2, shift: -1)), drawn.map(\.classes))
    }

    /// The scores of `segmenter` on `photos` against their label maps.
    public static func score(of segmenter: SceneSegmenter, photos: NDArray, classes: [[SceneClass]]) -> SegmentationScore {
        var confusion = ConfusionMatrix(classes: SceneClass.allCases.count)
        for (predicted, truth) in zip(segmenter.predict(photos), classes) { confusion.add(predicted: predicted, truth: truth.map(\.rawValue)) }
        return SegmentationScore(confusion)
    }

    /// Trains a segmenter; `progress` receives (epoch, held-out score).
    public func train(progress: (Int, SegmentationScore) -> Void = { _, _ in }) -> (SceneSegmenter, score: SegmentationScore) {
        precondition(trainCount >= batchSize && heldOut > 0, "SceneSegmenterRecipe: \(trainCount) training scenes for batches of \(batchSize), \(heldOut) held out")
        let training = Self.photos(of: Scenes(count: trainCount, seed: seed, size: size), range: 0..<trainCount)
        let test = Self.photos(of: Scenes(count: heldOut, seed: seed &+ 1, size: size), range: 0..<heldOut)
        var generator = RandomGenerator(seed: seed)
        let model = SceneSegmenter(generator: &generator)
        let optimizer = Adam(model.parameters(), learningRate: 1e-3)
        let batches = trainCount / batchSize
        let schedule = LinearDecaySchedule(base: 1e-3, from: epochs * batches / 2, to: epochs * batches, finalFactor: 0.05)
        var score = Self.score(of: model, photos: test.photos, classes: test.classes)
        for epoch in 1...epochs {
            let order = generator.permutation(trainCount)
            for b in 0..<batches {
                let rows = Array(order[(b * batchSize)..<((b + 1) * batchSize)])
                let photos = training.photos.indexSelect(axis: 0, rows)
                optimizer.applySchedule(schedule)
                optimizer.zeroGrad()
                SceneSegmenter.loss(logits: model(Tensor(photos)), classes: rows.map { training.classes[$0] }).backward()
                optimizer.step()
            }
            score = Self.score(of: model, photos: test.photos, classes: test.classes)
            progress(epoch, score)
        }
        return (model, score)
    }
}
