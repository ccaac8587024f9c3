import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// XGAN's domain classifier on the shared embedding: a stride-2 3x3
/// convolution with leaky ReLU 0.2, an average over positions and a linear
/// layer to one logit, positive for domain B. The encoders learn to fool it
/// (the domain-adversarial term), so both domains' codes fill one space.
public final class EmbeddingDomainClassifier: Module, Layer {
    public let body: Sequential
    public let head: Linear

    /// A classifier of codes `[N, channels, S, S]`.
    public init(channels: Int, generator rng: inout RandomGenerator) {
        body = Sequential(Conv2d(channels, channels, kernel: 3, stride: 2, padding: 1, generator: &rng), Activation(.leakyRelu(0.2)))
        head = Linear(channels, 1, generator: &rng)
    }

    /// The logits `[N, 1]` of the codes.
    public func callAsFunction(_ code: Tensor) -> Tensor {
        head(body(code).mean(axes: [2, 3]))
    }
}
