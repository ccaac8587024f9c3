import SwiftGANAutograd
import SwiftGANKernels

extension Trainer {
    /// `count` samples from the generator's moving average when there is one
    /// (else the generator), in eval mode, without gradients; in batches of `batchSize`.
    /// `label` fixes the class of conditional models (InfoGAN: the categorical code).
    /// `truncation` redraws noise values beyond ±truncation (the truncation trick).
    public func samples(count: Int, seed: UInt64, label: Int? = nil, truncation: Float? = nil, batchSize: Int = 500) -> (samples: NDArray, labels: [Int]?) {
        var batches: [NDArray] = [], labels: [Int] = []
        var hasLabels = false
        forEachSampleBatch(count: count, seed: seed, label: label, truncation: truncation, batchSize: batchSize) { batch, sampled in
            batches.append(batch)
            if let sampled { labels += sampled; hasLabels = true }
        }
        return (NDArray.concatenate(batches, axis: 0), hasLabels ? labels : nil)
    }

    /// The samples of `samples(count:seed:label:truncation:batchSize:)`, handed
    /// to `body` one batch at a time (with their labels, when the model has
    /// them), so that any count can be written out in bounded memory.
    public func forEachSampleBatch(
        count: Int, seed: UInt64, label: Int? = nil, truncation: Float? = nil, batchSize: Int = 500,
        _ body: (NDArray, [Int]?) throws -> Void
    ) rethrows {
        precondition(count > 0 && batchSize > 0, "Trainer.samples: count and batchSize must be positive, got \(count) and \(batchSize)")
        var random = RandomGenerator(seed: seed)
        for start in stride(from: 0, to: count, by: batchSize) {
            var latent = model.sampleLatent(count: min(batchSize, count - start), random: &random)
            if let truncation { latent.z = Tensor(TruncatedNormal.truncate(latent.z.value, at: truncation, random: &random)) }
            if let label, let sampled = latent.labels { latent.labels = [Int](repeating: label, count: sampled.count) }
            try body(generate(latent), latent.labels)
        }
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
}
