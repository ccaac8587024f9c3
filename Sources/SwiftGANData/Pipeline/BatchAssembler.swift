import SwiftGANKernels

/// Reads, augments, normalizes and stacks the examples of one batch.
struct BatchAssembler: Sendable {
    let dataset: any Dataset
    let normalize: Bool
    let augmentation: Augmentation?
    let seed: UInt64

    func batch(indices: [Int], position: LoaderPosition) throws -> Batch {
        let (scale, shift): (Float, Float) = normalize ? (2, -1) : (1, 0)
        if augmentation == nil, let batch = dataset.gatheredBatch(indices: indices, scale: scale, shift: shift) { return batch }
        var images: [NDArray] = []
        var labels: [Int] = []
        var targets: [NDArray] = []
        images.reserveCapacity(indices.count)
        for (slot, index) in indices.enumerated() {
            var example = try dataset.example(at: index)
            if let augmentation {
                var generator = RandomGenerator(
                    seed: seed ^ (UInt64(position.epoch) &* 0x2545_F491_4F6C_DD1D) &+ UInt64(position.batch * 1_000_003 + slot))
                example = augmentation.apply(to: example, generator: &generator)
            }
            images.append(example.image)
            if let label = example.label { labels.append(label) }
            if let target = example.target { targets.append(target) }
        }
        guard labels.isEmpty || labels.count == images.count else {
            throw DataError(path: nil, problem: "some examples of the batch have labels and others do not")
        }
        guard targets.isEmpty || targets.count == images.count else {
            throw DataError(path: nil, problem: "some examples of the batch have targets and others do not")
        }
        return Batch(
            images: try Self.stack(images, indices: indices, scale: scale, shift: shift),
            labels: labels.isEmpty ? nil : labels,
            targets: targets.isEmpty ? nil : try Self.stack(targets, indices: indices, scale: scale, shift: shift),
            indices: indices)
    }

    /// Stacks equal-shaped arrays and maps each value to `value * scale + shift`, in one
    /// serial pass (this runs on the prefetch thread, beside the training thread's pool).
    static func stack(_ arrays: [NDArray], indices: [Int], scale: Float, shift: Float) throws -> NDArray {
        let shape = arrays[0].shape
        for (slot, a) in arrays.enumerated() where a.shape != shape {
            throw DataError(
                path: nil,
                problem: "example \(indices[slot]) has shape \(a.shape) but example \(indices[0]) has \(shape); ask the dataset for one size")
        }
        var out = NDArray(zeros: [arrays.count] + shape)
        let length = Shape.count(shape)
        out.withUnsafeMutableBufferPointer { destination in
            for (slot, a) in arrays.enumerated() {
                a.withUnsafeBufferPointer { source in
                    let base = slot * length
                    for i in 0..<length { destination[base + i] = source[i] * scale + shift }
                }
            }
        }
        return out
    }
}
