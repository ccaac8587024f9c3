import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// A model's networks ready to use: every call runs in eval mode, without
/// gradients, and leaves the networks' modes as it found them.
public final class Inference {
    public let model: any ZooModel
    /// The networks by player name (moving averages where a run kept them).
    public let networks: [String: Module]

    public init(model: any ZooModel, networks: [String: Module]) {
        (self.model, self.networks) = (model, networks)
    }

    /// The output for `request`.
    public func callAsFunction(_ request: InferenceRequest) -> NDArray {
        evaluating { model.infer(request, networks: networks) }.value
    }

    /// `body` with every network in eval mode and no gradients recorded; the modes are restored after.
    public func evaluating<R>(_ body: () throws -> R) rethrows -> R {
        let training = networks.filter { $0.value.isTraining }
        for module in networks.values { module.eval() }
        defer { for module in training.values { module.train() } }
        return try withoutGrad(body)
    }

    /// The samples of `latent`.
    public func generate(_ latent: Latent) -> NDArray {
        self(.latent(latent))
    }

    /// `count` outputs of the model's preview requests from `seed`, in batches of
    /// `batchSize`. `label` fixes the class of conditional models (InfoGAN:
    /// the categorical code). `truncation` redraws noise values beyond
    /// ±truncation (the truncation trick); `psi` pulls the styles of W-space
    /// models (StyleGAN, StyleGAN2) towards their mean (`Latent.truncation`).
    public func samples(
        count: Int, seed: UInt64, label: Int? = nil, truncation: Float? = nil, psi: Float? = nil, batchSize: Int = 500
    ) -> (samples: NDArray, labels: [Int]?) {
        var batches: [NDArray] = [], labels: [Int] = []
        var hasLabels = false
        forEachSampleBatch(count: count, seed: seed, label: label, truncation: truncation, psi: psi, batchSize: batchSize) { batch, sampled in
            batches.append(batch)
            if let sampled { labels += sampled; hasLabels = true }
        }
        return (NDArray.concatenate(batches, axis: 0), hasLabels ? labels : nil)
    }

    /// The samples of `samples(count:seed:label:truncation:psi:batchSize:)`, handed
    /// to `body` one batch at a time (with their labels, when the model has
    /// them), so that any count can be written out in bounded memory.
    public func forEachSampleBatch(
        count: Int, seed: UInt64, label: Int? = nil, truncation: Float? = nil, psi: Float? = nil, batchSize: Int = 500,
        _ body: (NDArray, [Int]?) throws -> Void
    ) rethrows {
        precondition(count > 0 && batchSize > 0, "Inference.samples: count and batchSize must be positive, got \(count) and \(batchSize)")
        var random = RandomGenerator(seed: seed)
        for start in stride(from: 0, to: count, by: batchSize) {
            var request = model.previewRequest(count: min(batchSize, count - start), random: &random)
            var labels: [Int]?
            if case .latent(var latent) = request {
                if let truncation { latent.z = Tensor(TruncatedNormal.truncate(latent.z.value, at: truncation, random: &random)) }
                if let label, let sampled = latent.labels { latent.labels = [Int](repeating: label, count: sampled.count) }
                latent.truncation = psi
                labels = latent.labels
                request = .latent(latent)
            }
            try body(self(request), labels)
        }
    }
}
