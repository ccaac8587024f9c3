import SwiftGANKernels

extension Trainer {
    /// `count` samples from the trained networks (moving averages where there
    /// are some); see `Inference.samples(count:seed:label:truncation:batchSize:)`.
    public func samples(count: Int, seed: UInt64, label: Int? = nil, truncation: Float? = nil, batchSize: Int = 500) -> (samples: NDArray, labels: [Int]?) {
        inference.samples(count: count, seed: seed, label: label, truncation: truncation, batchSize: batchSize)
    }

    /// The samples of `latent` from the trained networks.
    public func generate(_ latent: Latent) -> NDArray {
        inference.generate(latent)
    }
}
