import SwiftGANAutograd

/// The generator's input for a batch: noise and, for conditional models, class labels.
public struct Latent {
    /// `[N, latentDimension]` noise.
    public var z: Tensor
    /// One class per sample, for conditional models.
    public var labels: [Int]?

    public init(z: Tensor, labels: [Int]? = nil) {
        self.z = z
        self.labels = labels
    }
}
