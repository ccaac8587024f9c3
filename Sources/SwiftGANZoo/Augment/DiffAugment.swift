import Foundation
import SwiftGANAutograd
import SwiftGANKernels

/// DiffAugment (Zhao et al. 2020): differentiable augmentations applied to real
/// and generated batches alike, so gradients reach the generator through them.
/// Policies: color (brightness, saturation, contrast), translation (1/8 of the
/// side, zero fill), cutout (a square of half the side).
public struct DiffAugment: Sendable {
    /// The augmentations DiffAugment defines.
    public enum Policy: String, Sendable, CaseIterable { case color, translation, cutout }

    public let policies: [Policy]
    public let translationRatio: Float
    public let cutoutRatio: Float

    /// Augmentations in the given order (the paper's "color,translation,cutout").
    public init(_ policies: [Policy] = [.color, .translation, .cutout], translationRatio: Float = 0.125, cutoutRatio: Float = 0.5) {
        (self.policies, self.translationRatio, self.cutoutRatio) = (policies, translationRatio, cutoutRatio)
    }

    /// The policies from a comma-separated list such as "color,translation"; nil when a name is unknown.
    public init?(policy: String) {
        var parsed: [Policy] = []
        for name in policy.split(separator: ",") {
            guard let p = Policy(rawValue: name.trimmingCharacters(in: .whitespaces)) else { return nil }
            parsed.append(p)
        }
        self.init(parsed)
    }

    /// Augments `x [N, C, H, W]` with randomness from `generator`.
    public func callAsFunction(_ x: Tensor, generator: inout RandomGenerator) -> Tensor {
        precondition(x.rank == 4, "DiffAugment: expected [N, C, H, W], got \(x.shape)")
        var y = x
        for policy in policies {
            switch policy {
            case .color: y = color(y, &generator)
            case .translation: y = translate(y, &generator)
            case .cutout: y = cut(y, &generator)
            }
        }
        return y
    }

    private func color(_ x: Tensor, _ g: inout RandomGenerator) -> Tensor {
        let n = x.shape[0]
        var y = x + Tensor(g.uniform([n, 1, 1, 1], low: -0.5, high: 0.5))
        let channelMean = y.mean(axes: [1], keepDims: true)
        y = (y - channelMean) * Tensor(g.uniform([n, 1, 1, 1], low: 0, high: 2)) + channelMean
        let imageMean = y.mean(axes: [1, 2, 3], keepDims: true)
        return (y - imageMean) * Tensor(g.uniform([n, 1, 1, 1], low: 0.5, high: 1.5)) + imageMean
    }

    private func translate(_ x: Tensor, _ g: inout RandomGenerator) -> Tensor {
        let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let sy = Int(Float(h) * translationRatio + 0.5), sx = Int(Float(w) * translationRatio + 0.5)
        if sy == 0 && sx == 0 { return x }
        let padded = x.pad([(sy, sy), (sx, sx)])                       // [N, C, H + 2sy, W + 2sx]
        let (ph, pw) = (h + 2 * sy, w + 2 * sx)
        var index = [Float](repeating: 0, count: n * c * h * w)
        for i in 0..<n {
            let dy = Int(g.next() % UInt64(2 * sy + 1)) - sy, dx = Int(g.next() % UInt64(2 * sx + 1)) - sx
            for k in 0..<c {
                for y in 0..<h {
                    for xx in 0..<w {
                        index[((i * c + k) * h + y) * w + xx] = Float((y + sy + dy) * pw + xx + sx + dx)
                    }
                }
            }
        }
        return padded.reshape([n, c, ph * pw]).gather(axis: 2, index: NDArray(index, shape: [n, c, h * w])).reshape(x.shape)
    }

    private func cut(_ x: Tensor, _ g: inout RandomGenerator) -> Tensor {
        let (n, h, w) = (x.shape[0], x.shape[2], x.shape[3])
        let (ch, cw) = (Int(Float(h) * cutoutRatio + 0.5), Int(Float(w) * cutoutRatio + 0.5))
        var mask = [Float](repeating: 1, count: n * h * w)
        for i in 0..<n {
            let cy = Int(g.next() % UInt64(h + (1 - ch % 2))) - ch / 2
            let cx = Int(g.next() % UInt64(w + (1 - cw % 2))) - cw / 2
            for y in max(cy, 0)..<max(min(cy + ch, h), max(cy, 0)) {
                for xx in max(cx, 0)..<max(min(cx + cw, w), max(cx, 0)) { mask[(i * h + y) * w + xx] = 0 }
            }
        }
        return x * Tensor(NDArray(mask, shape: [n, 1, h, w]))
    }
}
