import SwiftGANKernels

/// Examples held in memory: `images [N, ...]` with optional labels and targets.
public struct ArrayDataset: Dataset {
    public let images: NDArray
    public let labels: [Int]?
    public let targets: NDArray?
    public let classCount: Int?

    public init(images: NDArray, labels: [Int]? = nil, targets: NDArray? = nil, classCount: Int? = nil) {
        precondition(images.rank >= 1, "ArrayDataset: images must be [N, ...], got \(images.shape)")
        precondition(labels == nil || labels!.count == images.shape[0], "ArrayDataset: \(labels!.count) labels for \(images.shape[0]) images")
        precondition(targets == nil || targets!.shape[0] == images.shape[0], "ArrayDataset: targets \(targets!.shape) for \(images.shape[0]) images")
        self.images = images
        self.labels = labels
        self.targets = targets
        self.classCount = classCount ?? labels.map { ($0.max() ?? -1) + 1 }
    }

    public var count: Int { images.shape[0] }

    public func example(at index: Int) throws -> Example {
        precondition(index >= 0 && index < count, "ArrayDataset: index \(index) is outside 0..<\(count)")
        let row = { (a: NDArray) in a.slice(axis: 0, start: index, end: index + 1).reshaped(Array(a.shape.dropFirst())) }
        return Example(image: row(images), label: labels?[index], target: targets.map(row))
    }

    /// Copies the rows at `indices` of the images (and targets) into one batch.
    public func gatheredBatch(indices: [Int], scale: Float, shift: Float) -> Batch? {
        func gather(_ a: NDArray) -> NDArray {
            let length = Shape.count(Array(a.shape.dropFirst()))
            let out = NDArray(uninitializedShape: [indices.count] + a.shape.dropFirst())
            let source = a.storage.pointer, destination = out.storage.pointer
            for (slot, index) in indices.enumerated() {
                precondition(index >= 0 && index < count, "ArrayDataset: index \(index) is outside 0..<\(count)")
                let from = source + index * length, to = destination + slot * length
                for i in 0..<length { to[i] = from[i] * scale + shift }
            }
            return out
        }
        return Batch(images: gather(images), labels: labels.map { all in indices.map { all[$0] } }, targets: targets.map(gather), indices: indices)
    }
}
