import SwiftGANKernels

/// Non-trainable state saved with a module (BatchNorm running statistics,
/// spectral normalization's `u`).
public final class Buffer {
    /// The current value.
    public var value: NDArray

    /// A buffer holding `value`.
    public init(_ value: NDArray) { self.value = value }

    /// The shape of the value.
    public var shape: [Int] { value.shape }
}
