import SwiftGANKernels

/// Caller-supplied images `[N, C, H, W]` with optional labels, read one item
/// at a time: the common source of the translation datasets.
struct SourceImages: Sendable {
    let images: NDArray
    let labels: [Int]?

    init(images: NDArray, labels: [Int]?, op: String) {
        precondition(images.rank == 4, "\(op): images must be [N, C, H, W], got \(images.shape)")
        if let labels {
            precondition(labels.count == images.shape[0], "\(op): \(labels.count) labels for \(images.shape[0]) images")
        }
        (self.images, self.labels) = (images, labels)
    }

    var count: Int { images.shape[0] }

    /// Item `index` as `[C, H, W]`.
    func image(_ index: Int) -> NDArray {
        images.slice(axis: 0, start: index, end: index + 1).reshaped(Array(images.shape.dropFirst()))
    }
}
