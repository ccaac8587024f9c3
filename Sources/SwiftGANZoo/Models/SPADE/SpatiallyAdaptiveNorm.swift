import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// SPADE (Park et al. 2019): a parameter-free normalization whose scale and
/// shift are predicted at every pixel from the segmentation map, resized
/// (nearest) to the activations: `norm(x) * (1 + gamma(m)) + beta(m)` with
/// `m = ReLU(conv3x3(map))` of `hidden` channels and `gamma`, `beta` 3x3
/// convolutions. The map's layout is thus not washed out by normalization.
public final class SpatiallyAdaptiveNorm: Module {
    public let norm: any LayerModule
    public let shared: Conv2d
    public let gamma: Conv2d
    public let beta: Conv2d

    public init(channels: Int, labelChannels: Int, hidden: Int, norm: TranslationNorm, generator rng: inout RandomGenerator) {
        self.norm = norm == .batch ? BatchNorm(channels, affine: false) : InstanceNorm2d(channels)
        shared = Conv2d(labelChannels, hidden, kernel: 3, padding: 1, generator: &rng)
        gamma = Conv2d(hidden, channels, kernel: 3, padding: 1, generator: &rng)
        beta = Conv2d(hidden, channels, kernel: 3, padding: 1, generator: &rng)
    }

    /// `x` `[N, C, H, W]` normalized and modulated by the map `[N, L, S, S]`.
    public func callAsFunction(_ x: Tensor, map: Tensor) -> Tensor {
        let resized = map.shape[2] == x.shape[2] && map.shape[3] == x.shape[3] ? map : map.upsampleNearest(size: (x.shape[2], x.shape[3]))
        let activations = shared(resized).relu()
        return norm(x) * (gamma(activations) + 1) + beta(activations)
    }
}
