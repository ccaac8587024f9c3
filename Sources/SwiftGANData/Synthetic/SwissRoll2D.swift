import Foundation
import SwiftGANKernels

/// The 2-D swiss roll, as scikit-learn's `make_swiss_roll` projected on its
/// first and third coordinates and divided by 7.5 (the WGAN-GP toy data):
///
///     t = 1.5π (1 + 2u),  u ~ U[0, 1)
///     p = (t cos t, t sin t) / 7.5 + N(0, noise² I)
///
/// Points lie within about [-1.5, 1.9] on each axis. `Example.image` is the
/// point `[2]`; there are no labels. Example `i` draws from its own generator
/// keyed by `(seed, i)`.
public struct SwissRoll2D: Dataset {
    /// The number of examples.
    public let count: Int
    /// The seed the examples derive from.
    public let seed: UInt64
    /// The standard deviation of the noise added to each coordinate (after
    /// scaling; the default is scikit-learn's 0.25 divided by 7.5).
    public let noise: Float

    /// `count` points with per-coordinate noise `noise`.
    public init(count: Int, seed: UInt64, noise: Float = 0.25 / 7.5) {
        precondition(count >= 0, "SwissRoll2D: count \(count) must be non-negative")
        precondition(noise >= 0 && noise.isFinite, "SwissRoll2D: noise \(noise) must be finite and non-negative")
        (self.count, self.seed, self.noise) = (count, seed, noise)
    }

    /// The point of example `index`.
    public func point(at index: Int) -> SIMD2<Float> {
        precondition(index >= 0 && index < count, "SwissRoll2D: index \(index) is not in 0..<\(count)")
        var generator = SyntheticSeed.generator(seed: seed, index: index)
        let t = 1.5 * Double.pi * (1 + 2 * SyntheticSeed.unit(&generator))
        let jitter = generator.normal([2], std: noise).elements
        return SIMD2(Float(t * cos(t) / 7.5) + jitter[0], Float(t * sin(t) / 7.5) + jitter[1])
    }

    /// The point `[2]` of example `index`.
    public func example(at index: Int) -> Example {
        let p = point(at: index)
        return Example(image: NDArray([p.x, p.y], shape: [2]))
    }
}
