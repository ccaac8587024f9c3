import Foundation
import SwiftGANKernels

/// An endless, seeded stream of batches from a dataset: each epoch a new
/// permutation (or the natural order), examples augmented and normalized to
/// [-1, 1], batches prepared ahead on a background thread. The same seed and
/// position give the same batches, with or without prefetching, so a resumed
/// run continues exactly where it stopped.
public final class DataLoader {
    /// Examples per batch.
    public let batchSize: Int
    /// Where the next `next()` reads from (save it in checkpoints).
    public private(set) var position: LoaderPosition
    private let plan: BatchPlan
    private let assembler: BatchAssembler
    private let worker: PrefetchWorker?

    /// A loader over `dataset`. `prefetch` batches are prepared ahead on a background
    /// thread (0: none). Images are mapped from [0, 1] to [-1, 1] when `normalize`.
    public init(
        _ dataset: any Dataset, batchSize: Int, shuffle: Bool = true, dropLast: Bool = true, normalize: Bool = true,
        augmentation: Augmentation? = nil, seed: UInt64 = 0, prefetch: Int = 2, startingAt position: LoaderPosition = LoaderPosition()
    ) throws {
        precondition(batchSize > 0, "DataLoader: batchSize must be positive, got \(batchSize)")
        precondition(prefetch >= 0, "DataLoader: prefetch must not be negative, got \(prefetch)")
        guard dataset.count > 0 else { throw DataError(path: nil, problem: "the dataset is empty") }
        guard !dropLast || dataset.count >= batchSize else {
            throw DataError(path: nil, problem: "the dataset has \(dataset.count) examples, fewer than one batch of \(batchSize)")
        }
        self.batchSize = batchSize
        self.position = position
        plan = BatchPlan(count: dataset.count, batchSize: batchSize, shuffle: shuffle, dropLast: dropLast, seed: seed)
        assembler = BatchAssembler(dataset: dataset, normalize: normalize, augmentation: augmentation, seed: seed)
        worker = prefetch > 0 ? PrefetchWorker(plan: plan, assembler: assembler, capacity: prefetch, start: position) : nil
    }

    deinit { worker?.stop() }

    /// Batches in one epoch.
    public var batchesPerEpoch: Int { plan.batchesPerEpoch }

    /// The next batch. A reading error names the file and leaves `position` on that
    /// batch; to retry, make a new loader starting at `position`.
    public func next() throws -> Batch {
        let result = worker?.take() ?? Result { try assembler.batch(indices: plan.indices(at: position), position: position) }
        let batch = try result.get()
        position = plan.next(after: position)
        return batch
    }
}
