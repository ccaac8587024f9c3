/// How a convolutional network reaches a square resolution: a `bottom` x
/// `bottom` start doubled `doublings` times (28 = 7 · 2², 32 = 4 · 2³, 64 = 4 · 2⁴).
public struct ResolutionLadder: Sendable, Equatable {
    public let bottom: Int
    public let doublings: Int

    /// The ladder of `resolution`: from 7 for 7 · 2^k (MNIST's 28), else from
    /// 4 for powers of two from 8; nil for other sizes.
    public init?(resolution: Int) {
        for bottom in [7, 4] where resolution > bottom && resolution % bottom == 0 {
            let ratio = resolution / bottom
            if ratio & (ratio - 1) == 0 {
                (self.bottom, doublings) = (bottom, ratio.trailingZeroBitCount)
                return
            }
        }
        return nil
    }

    public var resolution: Int { bottom << doublings }

    /// The channel width at the `level`-th resolution from the bottom: `base`
    /// doubled once per level below the top, capped at `cap`.
    public func width(atLevel level: Int, base: Int = 64, cap: Int = 512) -> Int {
        min(cap, base << max(0, doublings - 1 - level))
    }
}
