import Foundation
import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

/// How the committed `shapes` factor classifier is trained, seeded end to end:
/// 40,000 examples of `Shapes` at 32x32 drawn with `seed`, 4,000 held out
/// drawn with `seed + 1` (most of their factor combinations unseen in
/// training); the sum of the factors' cross-entropies; Adam 1e-3 decayed to 5%
/// over the second half, batch 64, no augmentation (position is a factor).
public struct ShapesClassifierRecipe: Sendable {
    public var seed: UInt64 = 2026
    public var epochs = 8
    public var trainCount = 40_000
    public var heldOut = 4_000
    public var batchSize = 64

    public init() {}

    /// The held-out examples: images `[N, 3, 32, 32]` in [-1, 1] and their factors.
    public func heldOutSet() -> (images: NDArray, factors: [ShapeFactors]) {
        let rendered = Shapes(count: heldOut, seed: seed &+ 1).renderedAll()
        return (rendered.images.map(.affine(scale: 2, shift: -1)), rendered.factors)
    }

    /// The share of `factors` each factor's prediction gets right, by factor name.
    public static func accuracy(of classifier: ShapesClassifier, images: NDArray, factors: [ShapeFactors]) -> [String: Double] {
        let predictions = classifier.predict(images)
        var accuracy: [String: Double] = [:]
        for factor in ShapeFactor.allCases {
            let right = zip(predictions, factors).filter { $0[factor] == $1[factor] }.count
            accuracy[factor.rawValue] = Double(right) / Double(factors.count)
        }
        return accuracy
    }

    /// Trains a classifier; `progress` receives (epoch, held-out accuracy by factor).
    public func train(progress: (Int, [String: Double]) -> Void = { _, _ in }) throws -> (ShapesClassifier, accuracy: [String: Double]) {
        let training = Shapes(count: trainCount, seed: seed).renderedAll()
        let test = heldOutSet()
        let data = ArrayDataset(images: training.images, labels: Array(0..<trainCount))
        let loader = try DataLoader(data, batchSize: batchSize, seed: seed &+ 2)
        var generator = RandomGenerator(seed: seed)
        let model = ShapesClassifier(generator: &generator)
        let optimizer = Adam(model.parameters(), learningRate: 1e-3)
        let steps = epochs * loader.batchesPerEpoch
        let schedule = LinearDecaySchedule(base: 1e-3, from: steps / 2, to: steps, finalFactor: 0.05)
        var accuracy: [String: Double] = [:]
        for epoch in 1...epochs {
            model.train()
            for _ in 0..<loader.batchesPerEpoch {
                let batch = try loader.next()
                optimizer.applySchedule(schedule)
                optimizer.zeroGrad()
                let examples = batch.labels!.map { training.factors[$0] }
                let logits = model.factorLogits(Tensor(batch.images))
                let losses = ShapeFactor.allCases.enumerated().map { position, factor -> Tensor in
                    let levels = NDArray(examples.map { Float($0[factor]) }, shape: [examples.count, 1])
                    return -logits[position].logSoftmax(axis: 1).gather(axis: 1, index: levels).mean()
                }
                losses.dropFirst().reduce(losses[0], +).backward()
                optimizer.step()
            }
            model.eval()
            accuracy = Self.accuracy(of: model, images: test.images, factors: test.factors)
            progress(epoch, accuracy)
        }
        return (model, accuracy)
    }
}
