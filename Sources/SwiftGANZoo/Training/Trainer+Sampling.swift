import SwiftGANAutograd
import SwiftGANKernels

extension Trainer {
    /// `count` samples from the generator's moving average when there is one
    /// (else the generator), in eval mode, without gradients; in batches of `batchSize`.
    /// `label` fixes the class of conditional models (InfoGAN: the categorical code).
    /// `truncation` redraws noise values beyond ±truncation (the truncation trick).
    public func samples(count: Int, seed: UInt64, label: Int? = nil, truncation: Float? = nil, batchSize: Int = 500) -> (samples: NDArray, labels: [Int]?) {
        precondition(count > 0 && batchSize > 0, "Trainer.samples: count and batchSize must be positive, got \(count) and \(batchSize)")
        precondition(truncation.map { $0 > 0 } ?? true, "Trainer.samples: truncation must be positive")
        var random = RandomGenerator(seed: seed)
        var batches: [NDArray] = [], labels: [Int] = []
        var hasLabels = false
        for start in stride(from: 0, to: count, by: batchSize) {
            var latent = model.sampleLatent(count: min(batchSize, count - start), random: &random)
            if let truncation { latent.z = Tensor(Self.truncated(latent.z.value, at: truncation, random: &random)) }
            if let label, let sampled = latent.labels { latent.labels = [Int](repeating: label, count: sampled.count) }
            batches.append(generate(latent))
            if let sampled = latent.labels { labels += sampled; hasLabels = true }
        }
        return (NDArray.concatenate(batches, axis: 0), hasLabels ? labels : nil)
    }

    /// The samples of `latent` from the moving average when there is one (else
    /// the generator), in eval mode, without gradients.
    public func generate(_ latent: Latent) -> NDArray {
        let network = average?.target ?? model.generator
        let wasTraining = network.isTraining
        network.eval()
        defer { if wasTraining { network.train() } }
        return withoutGrad { model.generate(latent, with: network) }.value
    }

    private static func truncated(_ z: NDArray, at limit: Float, random: inout RandomGenerator) -> NDArray {
        var values = z.elements
        for i in values.indices {
            while abs(values[i]) > limit { values[i] = random.normal([1]).elements[0] }
        }
        return NDArray(values, shape: z.shape)
    }
}
