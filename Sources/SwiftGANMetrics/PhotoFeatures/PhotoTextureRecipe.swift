import Foundation
import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

/// How the committed photo texture network is trained, seeded end to end:
/// 32-pixel patches of the bundled photos other than the held-out ones
/// (`NamedPhotos.heldOutNames`), each labeled by its photo and flipped
/// left-right half the time; cross-entropy, Adam 1e-3 decayed to 5% over
/// the second half, batch 64. Its held-out accuracy is on patches drawn
/// from another seed (new places in the same photos).
public struct PhotoTextureRecipe: Sendable {
    public var seed: UInt64 = 2027
    public var steps = 1_500
    public var batchSize = 64
    public var patch = 32
    public var heldOut = 2_000

    public init() {}

    /// The training photos, in name order.
    public static func photos() throws -> [NDArray] {
        try NamedPhotos.bundled().filter { !NamedPhotos.heldOutNames.contains($0.name) }.map(\.image)
    }

    /// `count` patches of `photos` drawn with `seed`, `[count, 3, S, S]` in [0, 1], with their photo
    /// indices; with `flips`, each is mirrored left-right with probability 1/2.
    public func patches(_ photos: [NDArray], count: Int, seed: UInt64, flips: Bool) -> (images: NDArray, labels: [Int]) {
        let crops = PhotoCrops(photos: photos, cropSize: patch, task: .gaussianNoise(sigma: 0, noisyTarget: false), count: count, seed: seed)
        var random = RandomGenerator(seed: seed &+ 1)
        var images: [NDArray] = [], labels: [Int] = []
        for index in 0..<count {
            let place = crops.placement(at: index)
            var crop = photos[place.photo].slice(axis: 1, start: place.crop.top, end: place.crop.top + patch)
                .slice(axis: 2, start: place.crop.left, end: place.crop.left + patch)
            if flips && random.next() & 1 == 1 { crop = crop.flipped(axes: [2]) }
            images.append(crop.reshaped([1, 3, patch, patch]))
            labels.append(place.photo)
        }
        return (NDArray.concatenate(images, axis: 0), labels)
    }

    /// The share of `labels` the network's logits pick.
    public static func accuracy(of network: PhotoTextureNetwork, images: NDArray, labels: [Int]) -> Double {
        let logits = withoutGrad { network.logits(Tensor(images)).value }
        let classes = logits.shape[1], values = logits.elements
        let right = labels.enumerated().filter { row, label in
            let scores = values[row * classes..<(row + 1) * classes]
            return scores.firstIndex(of: scores.max()!)! - row * classes == label
        }.count
        return Double(right) / Double(labels.count)
    }

    /// Trains the network; `progress` receives (step, held-out accuracy) every 250 steps.
    public func train(progress: (Int, Double) -> Void = { _, _ in }) throws -> (PhotoTextureNetwork, accuracy: Double) {
        let photos = try Self.photos()
        let test = patches(photos, count: heldOut, seed: seed &+ 100, flips: false)
        var generator = RandomGenerator(seed: seed)
        let network = PhotoTextureNetwork(classes: photos.count, generator: &generator)
        let optimizer = Adam(network.parameters(), learningRate: 1e-3)
        let schedule = LinearDecaySchedule(base: 1e-3, from: steps / 2, to: steps, finalFactor: 0.05)
        var accuracy = 0.0
        for step in 1...steps {
            let batch = patches(photos, count: batchSize, seed: seed &+ UInt64(step) &* 0x9E37_79B9, flips: true)
            optimizer.applySchedule(schedule)
            optimizer.zeroGrad()
            let logits = network.logits(Tensor(batch.images))
            let targets = NDArray(batch.labels.map(Float.init), shape: [batch.labels.count, 1])
            (-logits.logSoftmax(axis: 1).gather(axis: 1, index: targets).mean()).backward()
            optimizer.step()
            if step % 250 == 0 || step == steps {
                accuracy = Self.accuracy(of: network, images: test.images, labels: test.labels)
                progress(step, accuracy)
            }
        }
        return (network, accuracy)
    }
}
