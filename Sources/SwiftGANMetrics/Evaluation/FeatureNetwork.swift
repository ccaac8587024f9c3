import SwiftGANKernels

/// A network that maps images to the feature vectors (and, when it is a
/// classifier, the class logits) that the feature-space metrics compare.
public protocol FeatureNetwork {
    /// The name recorded with every result computed from these features.
    var name: String { get }
    /// The most images `outputs` should see at once (their activations must stay in the reused buffers).
    var largestBatch: Int { get }
    /// Throws when images of shape `[C, H, W]` (values in [-1, 1]) do not fit the network.
    func validate(sampleShape: [Int]) throws
    /// Features `[N, D]` and logits `[N, classes]` (`[N, 0]` when it is not a classifier) of `images` `[N, C, H, W]`.
    func outputs(_ images: NDArray) throws -> (features: NDArray, logits: NDArray)
}

extension FeatureNetwork {
    public var largestBatch: Int { .max }

    /// `outputs` over `images` in batches of `batchSize` (at most `largestBatch`), concatenated; the shape is checked first.
    public func outputs(of images: NDArray, batchSize: Int) throws -> (features: NDArray, logits: NDArray) {
        precondition(batchSize > 0, "FeatureNetwork: batchSize must be positive, got \(batchSize)")
        guard images.rank == 4, images.shape[0] > 0 else {
            throw MetricError("\(name): expected images [N, C, H, W], got shape \(images.shape)")
        }
        try validate(sampleShape: Array(images.shape.dropFirst()))
        let step = min(batchSize, largestBatch)
        var features: [NDArray] = [], logits: [NDArray] = []
        for start in stride(from: 0, to: images.shape[0], by: step) {
            let batch = try outputs(images.slice(axis: 0, start: start, end: min(start + step, images.shape[0])))
            features.append(batch.features)
            logits.append(batch.logits)
        }
        return (NDArray.concatenate(features, axis: 0), NDArray.concatenate(logits, axis: 0))
    }
}
