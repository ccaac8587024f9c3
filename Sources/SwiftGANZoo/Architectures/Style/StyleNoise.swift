import SwiftGANAutograd
import SwiftGANKernels
import SwiftGANNN

/// The per-layer noise planes of the style-based synthesis networks: fixed
/// planes drawn once (inference's noise, so a seed gives one image) and
/// fresh ones for training, one `[N, 1, side, side]` plane per layer.
enum StyleNoise {
    /// One fixed `[1, 1, side, side]` plane per layer side, drawn from `random`.
    static func fixed(sides: [Int], random: inout RandomGenerator) -> [Buffer] {
        sides.map { side in Buffer(random.normal([1, 1, side, side])) }
    }

    /// The fixed planes repeated for `count` images.
    static func repeated(_ planes: [Buffer], count: Int) -> [Tensor] {
        planes.map { Tensor($0.value.expanded(to: [count] + Array($0.shape.dropFirst()))) }
    }

    /// Fresh planes for `count` images, drawn from `random`.
    static func fresh(sides: [Int], count: Int, random: inout RandomGenerator) -> [Tensor] {
        sides.map { side in Tensor(random.normal([count, 1, side, side])) }
    }
}
