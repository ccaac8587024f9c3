import SwiftGANAutograd
import SwiftGANNN

/// The activation of the style-based networks: a leaky ReLU of slope 0.2
/// times √2, which keeps the signal's magnitude through equalized layers.
enum StyleActivation {
    static let gain = Float(2).squareRoot()

    /// `leaky_relu(x, 0.2) · √2`.
    static func apply(_ x: Tensor) -> Tensor { x.leakyRelu(slope: 0.2) * gain }

    /// `leaky_relu(x + bias, 0.2) · √2` with a per-channel bias on `[N, C, H, W]`.
    static func apply(_ x: Tensor, bias: Parameter) -> Tensor {
        apply(x + bias.tensor.reshape([1, bias.shape[0], 1, 1]))
    }
}
