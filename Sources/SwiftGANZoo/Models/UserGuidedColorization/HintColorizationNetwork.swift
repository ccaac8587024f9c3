import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The user-guided colorization network of Zhang et al. (2017), narrowed: a
/// U-Net from the lightness and the hints (hinted a and b over 110, and the
/// hint mask) down to an eighth of the side, dilated blocks there (so that a
/// hint reaches far), and back up through nearest upsampling joined with the
/// mirror stage's features, to a and b over 110 by tanh; trained by the
/// Huber loss with δ = 1 in ab units (the paper's), hints drawn from each
/// training image.
public final class HintColorizationNetwork: Module, ColorizationNetwork {
    public let encoder: [Sequential]
    public let bottom: Sequential
    public let decoder: [Sequential]
    public let joins: [Sequential]
    public let output: Conv2d

    public init(width: Int, generator rng: inout RandomGenerator) {
        let w = width
        encoder = [
            ColorizationLayers.stack([(1 + ColorHints.channels, w, 1, 1), (w, w, 1, 1)], &rng),
            ColorizationLayers.stack([(w, 2 * w, 2, 1), (2 * w, 2 * w, 1, 1)], &rng),
            ColorizationLayers.stack([(2 * w, 4 * w, 2, 1), (4 * w, 4 * w, 1, 1)], &rng),
        ]
        bottom = ColorizationLayers.stack([(4 * w, 4 * w, 2, 1), (4 * w, 4 * w, 1, 2), (4 * w, 4 * w, 1, 4), (4 * w, 4 * w, 1, 2)], &rng)
        decoder = [(2 * w, w), (4 * w, 2 * w), (4 * w, 4 * w)].map { ColorizationLayers.stack([($0.0, $0.1, 1, 1)], &rng) }
        joins = [(2 * w, w), (4 * w, 2 * w), (8 * w, 4 * w)].map { ColorizationLayers.stack([($0.0, $0.1, 1, 1)], &rng) }
        output = Conv2d(w, 2, kernel: 1, generator: &rng)
    }

    public var sideMultiple: Int { 8 }
    public var takesHints: Bool { true }

    /// a and b over 110, `[N, 2, H, W]`.
    public func normalizedAB(_ input: Tensor) -> Tensor {
        var skips: [Tensor] = []
        var h = input
        for stage in encoder {
            h = stage(h)
            skips.append(h)
        }
        h = bottom(h)
        for i in stride(from: encoder.count - 1, through: 0, by: -1) {
            h = decoder[i](h.upsampleNearest(scale: 2))
            h = joins[i](Tensor.concat([h, skips[i]], axis: 1))
        }
        return output(h).tanh()
    }

    public func ab(_ input: Tensor) -> Tensor { normalizedAB(input) * abScale }

    public func loss(_ input: Tensor, targetAB: NDArray, labels: [Int]?) throws -> (loss: Tensor, metrics: [String: Float]) {
        let difference = normalizedAB(input) - Tensor(targetAB.map(.affine(scale: 1 / abScale, shift: 0)))
        let delta = 1 / abScale
        let magnitude = difference.abs()
        let quadratic = magnitude.clamp(max: delta)
        let loss = (quadratic.square() * 0.5 + (magnitude - quadratic) * delta).mean()
        return (loss, ["ab_huber": loss.scalarValue])
    }
}
