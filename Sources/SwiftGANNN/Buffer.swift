import SwiftGANKernels

/// Non-trainable state saved with a module (BatchNorm running statistics,
/// spectral normalization's `u`).
public final class Buffer {
    /// The current value.
    public var value: NDArray

    /// The element type the buffer keeps in a saved file whatever the file's
    /// dtype, as PyTorch keeps it (`I64` for BatchNorm's `num_batches_tracked`);
    /// nil: the file's dtype.
    public let savedType: SafetensorsDType?

    /// A buffer holding `value`, saved as `savedType` when given.
    public init(_ value: NDArray, savedType: SafetensorsDType? = nil) {
        self.value = value
        self.savedType = savedType
    }

    /// The shape of the value.
    public var shape: [Int] { value.shape }
}
