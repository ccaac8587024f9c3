import Foundation

/// A seeded, portable pseudo-random generator (xoshiro256**, seeded through
/// SplitMix64). The same seed gives the same stream on every platform; its
/// `state` can be saved and restored to continue a run exactly.
public struct RandomGenerator: RandomNumberGenerator, Sendable, Equatable {
    /// The four state words; restore a generator by assigning a saved value.
    public var state: (UInt64, UInt64, UInt64, UInt64) {
        get { (s0, s1, s2, s3) }
        set { (s0, s1, s2, s3) = newValue }
    }
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A generator for `seed`.
    public init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// Generators are equal when their states are: they will produce the same stream.
    public static func == (a: RandomGenerator, b: RandomGenerator) -> Bool {
        a.s0 == b.s0 && a.s1 == b.s1 && a.s2 == b.s2 && a.s3 == b.s3
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniform float in [0, 1) with 24 random bits.
    public mutating func nextUnitFloat() -> Float {
        Float(next() >> 40) * 0x1p-24
    }

    /// `count` uniform values in [low, high).
    public mutating func uniform(_ shape: [Int], low: Float = 0, high: Float = 1) -> NDArray {
        let out = NDArray(uninitializedShape: shape)
        let p = out.storage.pointer
        for i in 0..<out.count { p[i] = low + (high - low) * nextUnitFloat() }
        return out
    }

    /// Normal values (Marsaglia's polar method: pairs from one logarithm, no trigonometry).
    ///
    /// Pairs are drawn in rounds: a round draws one 64-bit value per pair still
    /// missing and keeps those inside the unit disk, so the generator advances
    /// exactly as a one-pair-at-a-time loop would, while the logarithms run in a
    /// branch-free loop of their own.
    public mutating func normal(_ shape: [Int], mean: Float = 0, std: Float = 1) -> NDArray {
        let out = NDArray(uninitializedShape: shape)
        let count = out.count
        let pairs = (count + 1) / 2
        var u = [Float](repeating: 0, count: pairs), v = u, s = u
        var filled = 0
        while filled < pairs {
            let wanted = pairs - filled
            for _ in 0..<wanted {
                let bits = next()
                let x = Float(bits >> 40) * 0x1p-23 - 1
                let y = Float((bits >> 16) & 0xFF_FFFF) * 0x1p-23 - 1
                let radius = x * x + y * y
                u[filled] = x
                v[filled] = y
                s[filled] = radius
                filled += radius < 1 && radius != 0 ? 1 : 0
            }
        }
        for i in 0..<pairs { s[i] = (-2 * Foundation.log(s[i]) / s[i]).squareRoot() }
        let p = out.storage.pointer
        for i in 0..<count / 2 {
            p[2 * i] = mean + std * u[i] * s[i]
            p[2 * i + 1] = mean + std * v[i] * s[i]
        }
        if count % 2 == 1 { p[count - 1] = mean + std * u[pairs - 1] * s[pairs - 1] }
        return out
    }

    /// 1 with probability `probability`, else 0.
    public mutating func bernoulli(_ shape: [Int], probability: Float) -> NDArray {
        precondition(probability >= 0 && probability <= 1, "bernoulli: probability \(probability) is not in [0, 1]")
        let out = NDArray(uninitializedShape: shape)
        let p = out.storage.pointer
        for i in 0..<out.count { p[i] = nextUnitFloat() < probability ? 1 : 0 }
        return out
    }

    /// A uniformly random ordering of `0..<count` (Fisher-Yates).
    public mutating func permutation(_ count: Int) -> [Int] {
        var result = Array(0..<count)
        if count < 2 { return result }
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            result.swapAt(i, j)
        }
        return result
    }
}
