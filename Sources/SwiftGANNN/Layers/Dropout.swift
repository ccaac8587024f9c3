import SwiftGANAutograd
import SwiftGANKernels

/// Zeroes each element with probability `p` in training and scales the rest
/// by `1 / (1 - p)`; the identity in evaluation. Draws from its own seeded generator.
public final class Dropout: Module, Layer {
    public let probability: Float
    /// The generator the masks come from (part of a run's random state).
    public var generator: RandomGenerator

    /// A layer dropping with probability `p`, seeded with `seed`.
    public init(_ p: Float = 0.5, seed: UInt64 = 0) {
        precondition(p >= 0 && p < 1, "Dropout: probability \(p) must be in [0, 1)")
        probability = p
        generator = RandomGenerator(seed: seed)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        guard isTraining && probability > 0 else { return x }
        let keep = generator.bernoulli(x.shape, probability: 1 - probability).map(.affine(scale: 1 / (1 - probability), shift: 0))
        return x * Tensor(keep)
    }
}
