import SwiftGANKernels

/// A batch of examples stacked along a new first axis.
public struct Batch: Sendable {
    /// `[B, ...]` inputs, in [-1, 1] when the loader normalizes.
    public var images: NDArray
    /// One label per example, when the dataset has labels.
    public var labels: [Int]?
    /// `[B, ...]` paired targets, when the dataset has them.
    public var targets: NDArray?
    /// The dataset indices the batch was made from.
    public var indices: [Int]

    public init(images: NDArray, labels: [Int]?, targets: NDArray?, indices: [Int]) {
        (self.images, self.labels, self.targets, self.indices) = (images, labels, targets, indices)
    }
}
