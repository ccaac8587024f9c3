import SwiftGANKernels

/// Per-example random streams: example `index` of a dataset seeded with `seed`
/// draws from its own generator, so examples are reproducible bit for bit and
/// can be read lazily, in any order.
enum SyntheticSeed {
    /// The generator of example `index` under `seed` (SplitMix64 finalizer over
    /// the mixed seed plus a Weyl step per index).
    static func generator(seed: UInt64, index: Int) -> RandomGenerator {
        let key = mix(seed) &+ 0x9E37_79B9_7F4A_7C15 &* (UInt64(truncatingIfNeeded: index) &+ 1)
        return RandomGenerator(seed: mix(key))
    }

    /// A uniform integer in `0..<bound`.
    static func below(_ bound: Int, _ generator: inout RandomGenerator) -> Int {
        precondition(bound > 0, "SyntheticSeed.below: bound \(bound) must be positive")
        return Int(generator.next() % UInt64(bound))
    }

    /// A uniform double in [0, 1) with 53 random bits.
    static func unit(_ generator: inout RandomGenerator) -> Double {
        Double(generator.next() >> 11) * 0x1p-53
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
