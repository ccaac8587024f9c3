import Foundation
@testable import SwiftGANKernels
import SwiftGAN

/// The pseudo-random test weights of `scripts/inception_reference.py`,
/// rebuilt bit for bit: SplitMix64 seeded by the FNV-1a hash of the key.
enum DeterministicWeights {
    static func uniform(_ key: String, count: Int) -> [Double] {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        var generator = SplitMix64(seed: hash)
        return (0..<count).map { _ in Double(generator.next() >> 11) * 0x1p-53 }
    }

    static func value(_ key: String, shape: [Int]) -> NDArray {
        let u = uniform(key, count: shape.reduce(1, *))
        let values: [Double]
        if key.hasSuffix("num_batches_tracked") {
            values = u.map { _ in 0 }
        } else if key.hasSuffix("conv.weight") {
            let bound = (6.0 / Double(shape.dropFirst().reduce(1, *))).squareRoot()
            values = u.map { (2 * $0 - 1) * bound }
        } else if key.hasSuffix("bn.weight") {
            values = u.map { 0.8 + 0.4 * $0 }
        } else if key.hasSuffix("bn.bias") {
            values = u.map { 0.2 * (2 * $0 - 1) }
        } else if key.hasSuffix("running_mean") {
            values = u.map { 0.1 * (2 * $0 - 1) }
        } else if key.hasSuffix("running_var") {
            values = u.map { 0.5 + $0 }
        } else if key == "fc.weight" {
            let bound = (3.0 / Double(shape[1])).squareRoot()
            values = u.map { (2 * $0 - 1) * bound }
        } else {
            values = u.map { 0.1 * (2 * $0 - 1) }
        }
        return NDArray(values.map { Float($0) }, shape: shape)
    }

    /// Replaces every entry of `module`'s state with its deterministic value.
    static func fill(_ module: Module) throws {
        try module.load(StateDict(module.stateDict().entries.map { ($0.name, value($0.name, shape: $0.value.shape)) }))
    }
}
