import Foundation
import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

/// How the committed MNIST classifier is trained, seeded end to end: the
/// bundled 10,000 test digits split by a seeded permutation into 8,000 for
/// training and 2,000 held out; Adam 1e-3 decayed to 5% over the second half,
/// batch 64, random translations of up to 2 pixels. With `photoDigits`, the
/// same digits as MNIST-M-style images on crops of the bundled photos (the
/// judge of translations into that domain).
public struct MNISTClassifierRecipe: Sendable {
    public var seed: UInt64 = 2024
    public var epochs = 12
    public var heldOut = 2_000
    public var batchSize = 64
    /// Train on MNIST-M-style digits `[3, 28, 28]` instead of the gray ones.
    public var photoDigits = false

    public init() {}

    /// The indices of the held-out split (the same for every run with this seed).
    public func heldOutIndices(count: Int) -> [Int] {
        var generator = RandomGenerator(seed: seed)
        return Array(generator.permutation(count).suffix(heldOut))
    }

    /// Trains a classifier; `progress` receives (epoch, held-out accuracy).
    public func train(progress: (Int, Double) -> Void = { _, _ in }) throws -> (MNISTClassifier, accuracy: Double) {
        let mnist = try BundledData.mnistTest()
        let images = photoDigits ? try Self.photoDigitImages(mnist, seed: seed) : try mnist.images()
        var generator = RandomGenerator(seed: seed)
        let order = generator.permutation(mnist.count)
        let trainIndices = Array(order.prefix(mnist.count - heldOut)), testIndices = Array(order.suffix(heldOut))
        let train = ArrayDataset(images: images.indexSelect(axis: 0, trainIndices), labels: trainIndices.map { mnist.labels[$0] })
        let testImages = images.indexSelect(axis: 0, testIndices).map(.affine(scale: 2, shift: -1))
        let testLabels = testIndices.map { mnist.labels[$0] }
        let loader = try DataLoader(
            train, batchSize: batchSize, augmentation: Augmentation(translation: 2.0 / 28), seed: seed &+ 1)
        let model = MNISTClassifier(channels: photoDigits ? 3 : 1, generator: &generator)
        let optimizer = Adam(model.parameters(), learningRate: 1e-3)
        let steps = epochs * loader.batchesPerEpoch
        let schedule = LinearDecaySchedule(base: 1e-3, from: steps / 2, to: steps, finalFactor: 0.05)
        var accuracy = 0.0
        for epoch in 1...epochs {
            model.train()
            for _ in 0..<loader.batchesPerEpoch {
                let batch = try loader.next()
                optimizer.applySchedule(schedule)
                optimizer.zeroGrad()
                let logits = model(Tensor(batch.images))
                let labels = NDArray(batch.labels!.map(Float.init), shape: [batch.labels!.count, 1])
                let loss = -logits.logSoftmax(axis: 1).gather(axis: 1, index: labels).mean()
                loss.backward()
                optimizer.step()
            }
            model.eval()
            let predictions = model.predict(testImages)
            accuracy = Double(zip(predictions, testLabels).filter { $0 == $1 }.count) / Double(testLabels.count)
            progress(epoch, accuracy)
        }
        return (model, accuracy)
    }

    /// Every bundled digit on a crop of the bundled photos, `[N, 3, 28, 28]` in [0, 1].
    static func photoDigitImages(_ mnist: IDXDataset, seed: UInt64) throws -> NDArray {
        let blended = DigitsOnPhotos(mnist, photos: try DigitsOnPhotos.bundledPhotos(), seed: seed)
        let examples = try (0..<mnist.count).map { try blended.example(at: $0).image.reshaped([1, 3, 28, 28]) }
        return NDArray.concatenate(examples, axis: 0)
    }
}
