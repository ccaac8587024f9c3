import Foundation
import SwiftGANKernels

/// Two interleaved spiral arms (the "2spirals" toy data of FFJORD, Grathwohl
/// et al. 2019), scaled so the arms end on the circle of radius 2:
///
///     θ = 3π √u,  u ~ U[0, 1)            (density about uniform along the arm)
///     p = s (2 / 3π) (-θ cos θ, θ sin θ) + N(0, noise² I),  s = +1 (arm 0) or -1 (arm 1)
///
/// Points lie within about [-2, 2] on each axis. `Example.image` is the point
/// `[2]`, `Example.label` the arm. Example `i` draws from its own generator
/// keyed by `(seed, i)`.
public struct Spiral2D: Dataset {
    /// The number of examples.
    public let count: Int
    /// The seed the examples derive from.
    public let seed: UInt64
    /// The standard deviation of the noise added to each coordinate.
    public let noise: Float

    /// Two arms.
    public var classCount: Int? { 2 }

    /// `count` points with per-coordinate noise `noise`.
    public init(count: Int, seed: UInt64, noise: Float = 0.05) {
        precondition(count >= 0, "Spiral2D: count \(count) must be non-negative")
        precondition(noise >= 0 && noise.isFinite, "Spiral2D: noise \(noise) must be finite and non-negative")
        (self.count, self.seed, self.noise) = (count, seed, noise)
    }

    /// The point and arm of example `index`.
    public func sample(at index: Int) -> (point: SIMD2<Float>, arm: Int) {
        precondition(index >= 0 && index < count, "Spiral2D: index \(index) is not in 0..<\(count)")
        var generator = SyntheticSeed.generator(seed: seed, index: index)
        let arm = SyntheticSeed.below(2, &generator)
        let theta = 3 * Double.pi * SyntheticSeed.unit(&generator).squareRoot()
        let factor = (arm == 0 ? 1 : -1) * 2 / (3 * Double.pi)
        let jitter = generator.normal([2], std: noise).elements
        let x = Float(-factor * theta * cos(theta)) + jitter[0]
        let y = Float(factor * theta * sin(theta)) + jitter[1]
        return (SIMD2(x, y), arm)
    }

    /// The point `[2]` of example `index`, labeled with its arm.
    public func example(at index: Int) -> Example {
        let (p, arm) = sample(at: index)
        return Example(image: NDArray([p.x, p.y], shape: [2]), label: arm)
    }
}
