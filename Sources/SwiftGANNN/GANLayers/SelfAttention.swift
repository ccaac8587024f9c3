import SwiftGANAutograd
import SwiftGANKernels

/// SAGAN's self-attention block (Zhang et al. 2019): every position attends to
/// every other; `y = γ · attention(x) + x` with γ learned from 0. Keys follow the
/// common PyTorch implementation: `query_conv`, `key_conv`, `value_conv`, `gamma`
/// (with `weight_orig`, `weight_u`, `weight_v` when spectrally normalized, as SAGAN does).
public final class SelfAttention: Module, Layer {
    public let query: any LayerModule
    public let key: any LayerModule
    public let value: any LayerModule
    public let gamma: Parameter

    /// A block for `channels` channels; query and key use `channels / reduction`;
    /// `spectralNorm` normalizes the three 1x1 convolutions.
    public init(_ channels: Int, reduction: Int = 8, spectralNorm: Bool = false, generator: inout RandomGenerator) {
        precondition(channels >= reduction && channels % reduction == 0, "SelfAttention: \(channels) channels not divisible by \(reduction)")
        func conv(_ outputs: Int) -> any LayerModule {
            SpectralNorm.wrapping(Conv2d(channels, outputs, kernel: 1, generator: &generator), when: spectralNorm, generator: &generator)
        }
        query = conv(channels / reduction)
        key = conv(channels / reduction)
        value = conv(channels)
        gamma = Parameter(NDArray(zeros: [1]))
    }

    override public var localParameters: [(String, Parameter)] { [("gamma", gamma)] }

    override public var namedChildren: [(String, Module)] {
        [("query_conv", query), ("key_conv", key), ("value_conv", value)]
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        attend(x).output
    }

    /// The block's output and its attention weights `[N, P, P]` (P = H·W
    /// positions, row-major): row `i` is how much query position `i` draws from each position.
    public func attend(_ x: Tensor) -> (output: Tensor, attention: Tensor) {
        precondition(x.rank == 4, "SelfAttention: expected [N, C, H, W], got \(x.shape)")
        let (n, c, positions) = (x.shape[0], x.shape[1], x.shape[2] * x.shape[3])
        let q = query(x).reshape([n, -1, positions])            // [N, C', P]
        let k = key(x).reshape([n, -1, positions])              // [N, C', P]
        let v = value(x).reshape([n, c, positions])             // [N, C, P]
        let energy = Tensor.matmul(q, k, transposeA: true, transposeB: false)  // [N, P, P]
        let attention = energy.softmax(axis: -1)
        let out = Tensor.matmul(v, attention, transposeA: false, transposeB: true)  // [N, C, P]
        return (out.reshape(x.shape) * gamma.tensor + x, attention)
    }
}
