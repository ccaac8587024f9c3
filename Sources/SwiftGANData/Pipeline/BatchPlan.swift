import SwiftGANKernels

/// Which dataset indices make each batch: a seeded permutation per epoch
/// (or the natural order), cut into batches. Pure arithmetic, so any thread
/// can compute any batch and every run with the same seed sees the same order.
struct BatchPlan: Sendable {
    let count: Int
    let batchSize: Int
    let shuffle: Bool
    let dropLast: Bool
    let seed: UInt64

    var batchesPerEpoch: Int {
        dropLast ? count / batchSize : (count + batchSize - 1) / batchSize
    }

    func indices(at position: LoaderPosition) -> [Int] {
        let order: [Int]
        if shuffle {
            var generator = RandomGenerator(seed: seed &+ UInt64(position.epoch) &* 0x9E37_79B9_7F4A_7C15)
            order = generator.permutation(count)
        } else {
            order = Array(0..<count)
        }
        let start = position.batch * batchSize
        return Array(order[start..<min(start + batchSize, count)])
    }

    func next(after position: LoaderPosition) -> LoaderPosition {
        position.batch + 1 < batchesPerEpoch
            ? LoaderPosition(epoch: position.epoch, batch: position.batch + 1)
            : LoaderPosition(epoch: position.epoch + 1, batch: 0)
    }
}
