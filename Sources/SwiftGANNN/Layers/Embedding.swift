import SwiftGANAutograd
import SwiftGANKernels

/// A lookup table of `count` vectors of `dimension`, as PyTorch's `nn.Embedding`
/// (weights standard normal by default).
public final class Embedding: Module {
    public let weight: Parameter

    /// A table initialized with `initializer` (PyTorch: standard normal).
    public init(_ count: Int, _ dimension: Int, initializer: Initializer = .normal(mean: 0, std: 1), generator: inout RandomGenerator) {
        precondition(count > 0 && dimension > 0, "Embedding: count \(count) and dimension \(dimension) must be positive")
        weight = Parameter(initializer.make([count, dimension], generator: &generator))
    }

    /// The rows for `indices`: `[indices.count, dimension]`.
    public func callAsFunction(_ indices: [Int]) -> Tensor {
        let count = weight.shape[0]
        precondition(indices.allSatisfy { $0 >= 0 && $0 < count }, "Embedding: an index in \(indices.prefix(8)) is outside 0..<\(count)")
        return weight.tensor.indexSelect(axis: 0, indices)
    }
}
