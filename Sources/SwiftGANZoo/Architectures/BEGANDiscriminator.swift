import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// BEGAN's discriminator: an autoencoder and the equilibrium term `k` (a buffer,
/// so checkpoints save it with the discriminator's state dict under the key `k`).
public final class BEGANDiscriminator: Module, Layer {
    /// The autoencoder `D`, mapping a batch to its reconstruction.
    public let autoencoder: any LayerModule
    /// `k_t`, a scalar in [0, 1] weighting the fake reconstruction loss in the D loss.
    public let k: Buffer

    /// Wraps `autoencoder` with `k_0 = initialK`.
    public init(autoencoder: any LayerModule, initialK: Float = 0) {
        precondition((0...1).contains(initialK), "BEGANDiscriminator: initialK \(initialK) must be in [0, 1]")
        self.autoencoder = autoencoder
        k = Buffer(NDArray(scalar: initialK))
    }

    /// The current `k_t`.
    public var kValue: Float {
        get { k.value.scalarValue }
        set { k.value = NDArray(scalar: newValue) }
    }

    /// The reconstruction `D(x)`.
    public func callAsFunction(_ x: Tensor) -> Tensor { autoencoder(x) }

    /// `L(x) = mean_n mean_i |x - D(x)|`: the per-sample L1 mean, then the batch mean.
    public func reconstructionLoss(_ x: Tensor) -> Tensor {
        (x - autoencoder(x)).abs().flatten().mean(axes: [1]).mean()
    }
}
