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
}
