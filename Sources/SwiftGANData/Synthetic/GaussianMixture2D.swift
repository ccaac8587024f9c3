import Foundation
import SwiftGANKernels

/// A mixture of isotropic 2-D Gaussians with equal weights, the toy data of
/// mode-collapse studies (Metz et al. 2017, VEEGAN, PacGAN).
///
/// Example `i` picks a mode uniformly and adds `std`-scaled normal noise to its
/// center; `Example.image` is the point `[2]` and `Example.label` the mode
/// index. Each example draws from its own generator keyed by `(seed, i)`, so
/// the data is reproducible bit for bit and read lazily.
public struct GaussianMixture2D: Dataset {
    /// The mode centers; the label of an example indexes this array.
    public let modeCenters: [SIMD2<Float>]
    /// The standard deviation of each coordinate around its center.
    public let std: Float
    /// The number of examples.
    public let count: Int
    /// The seed the examples derive from.
    public let seed: UInt64

    /// The number of modes.
    public var classCount: Int? { modeCenters.count }

    /// A mixture of `modeCenters` with per-coordinate standard deviation `std`.
    public init(modeCenters: [SIMD2<Float>], std: Float, count: Int, seed: UInt64) {
        precondition(!modeCenters.isEmpty, "GaussianMixture2D: modeCenters is empty")
        precondition(std >= 0 && std.isFinite, "GaussianMixture2D: std \(std) must be finite and non-negative")
        precondition(count >= 0, "GaussianMixture2D: count \(count) must be non-negative")
        (self.modeCenters, self.std, self.count, self.seed) = (modeCenters, std, count, seed)
    }

    /// `modes` Gaussians evenly spaced on a circle of `radius` (mode `k` at angle
    /// `2πk / modes`); the defaults are the 8-mode ring (radius 2, std 0.02).
    public static func ring(count: Int, seed: UInt64, modes: Int = 8, radius: Float = 2, std: Float = 0.02) -> GaussianMixture2D {
        precondition(modes > 0, "GaussianMixture2D.ring: modes \(modes) must be positive")
        let centers = (0..<modes).map { k -> SIMD2<Float> in
            let angle = 2 * Double.pi * Double(k) / Double(modes)
            return SIMD2(Float(Double(radius) * cos(angle)), Float(Double(radius) * sin(angle)))
        }
        return GaussianMixture2D(modeCenters: centers, std: std, count: count, seed: seed)
    }

    /// A `side x side` grid of Gaussians `spacing` apart, centered on the origin
    /// (mode `row * side + column`); the defaults are the 25-mode grid with
    /// centers at -4, -2, 0, 2, 4 and std 0.05.
    public static func grid(count: Int, seed: UInt64, side: Int = 5, spacing: Float = 2, std: Float = 0.05) -> GaussianMixture2D {
        precondition(side > 0, "GaussianMixture2D.grid: side \(side) must be positive")
        let offset = Float(side - 1) / 2
        let centers = (0..<side * side).map { k in
            SIMD2((Float(k % side) - offset) * spacing, (Float(k / side) - offset) * spacing)
        }
        return GaussianMixture2D(modeCenters: centers, std: std, count: count, seed: seed)
    }

    /// The point and mode of example `index`.
    public func sample(at index: Int) -> (point: SIMD2<Float>, mode: Int) {
        precondition(index >= 0 && index < count, "GaussianMixture2D: index \(index) is not in 0..<\(count)")
        var generator = SyntheticSeed.generator(seed: seed, index: index)
        let mode = SyntheticSeed.below(modeCenters.count, &generator)
        let noise = generator.normal([2], std: std).elements
        return (modeCenters[mode] + SIMD2(noise[0], noise[1]), mode)
    }

    /// The point `[2]` of example `index`, labeled with its mode.
    public func example(at index: Int) -> Example {
        let (point, mode) = sample(at: index)
        return Example(image: NDArray([point.x, point.y], shape: [2]), label: mode)
    }
}
