import SwiftGANAutograd

/// The generator's input for a batch: noise and, for conditional models, class labels.
public struct Latent {
    /// `[N, latentDimension]` noise.
    public var z: Tensor
    /// One class per sample, for conditional models.
    public var labels: [Int]?
    /// The truncation ψ of models with a style space (StyleGAN, StyleGAN2): styles are
    /// pulled towards their mean, `w̄ + ψ (w − w̄)`; nil or 1: none.
    public var truncation: Float?

    public init(z: Tensor, labels: [Int]? = nil, truncation: Float? = nil) {
        self.z = z
        self.labels = labels
        self.truncation = truncation
    }
}
