/// The per-parameter constants of one Adam step and its element loop.
///
/// The common case (no AMSGrad, no weight decay) runs a loop of its own with
/// no per-element branches, so that it vectorizes; both loops compute the same
/// expressions in the same order, so their results agree bit for bit.
struct AdamConstants {
    let shrink: Float
    let coupledDecay: Float
    let firstWeight: Float
    let beta2: Float
    let secondWeight: Float
    let stepSize: Float
    let correction2: Float
    let eps: Float

    /// Updates elements `range` of the parameter `p` from its gradient `g` and
    /// the moments `m`, `v` (and `vMax` with AMSGrad).
    @inline(__always)
    func update(
        _ range: Range<Int>, p: UnsafeMutablePointer<Float>, g: UnsafePointer<Float>, m: UnsafeMutablePointer<Float>,
        v: UnsafeMutablePointer<Float>, vMax: UnsafeMutablePointer<Float>?
    ) {
        if vMax == nil && coupledDecay == 0 && shrink == 1 {
            if abs(firstWeight) < 0.5 {
                plainUpdate(range, p: p, g: g, m: m, v: v) { m, d, w in m + w * (d - m) }
            } else {
                plainUpdate(range, p: p, g: g, m: m, v: v) { m, d, w in d - (d - m) * (1 - w) }
            }
            return
        }
        for j in range {
            p[j] *= shrink
            let d = coupledDecay == 0 ? g[j] : g[j] + coupledDecay * p[j]
            m[j] = lerp(m[j], d, firstWeight)
            v[j] = v[j] * beta2 + secondWeight * d * d
            var second = v[j]
            if let vMax {
                vMax[j] = vMax[j] >= v[j] ? vMax[j] : v[j]
                second = vMax[j]
            }
            p[j] += -stepSize * m[j] / (second.squareRoot() / correction2 + eps)
        }
    }

    /// The loop without AMSGrad or weight decay, sixteen lanes at a time (SIMD
    /// types, since the element loop is not vectorized on its own); `mix` is
    /// `lerp` for this step's weight side.
    @inline(__always)
    private func plainUpdate(
        _ range: Range<Int>, p: UnsafeMutablePointer<Float>, g: UnsafePointer<Float>, m: UnsafeMutablePointer<Float>,
        v: UnsafeMutablePointer<Float>, mix: (SIMD16<Float>, SIMD16<Float>, SIMD16<Float>) -> SIMD16<Float>
    ) {
        typealias Lanes = SIMD16<Float>
        let firstWeight = Lanes(repeating: firstWeight), beta2 = Lanes(repeating: beta2)
        let secondWeight = Lanes(repeating: secondWeight), stepSize = Lanes(repeating: -stepSize)
        let correction2 = Lanes(repeating: correction2), eps = Lanes(repeating: eps)
        func lanes(_ pointer: UnsafePointer<Float>, _ count: Int) -> Lanes {
            var out = Lanes()
            for i in 0..<count { out[i] = pointer[i] }
            return out
        }
        func store(_ value: Lanes, _ pointer: UnsafeMutablePointer<Float>, _ count: Int) {
            for i in 0..<count { pointer[i] = value[i] }
        }
        var j = range.lowerBound
        while j < range.upperBound {
            let count = min(Lanes.scalarCount, range.upperBound - j)
            let full = count == Lanes.scalarCount
            let d = full ? UnsafeRawPointer(g + j).loadUnaligned(as: Lanes.self) : lanes(g + j, count)
            let oldFirst = full ? UnsafeRawPointer(m + j).loadUnaligned(as: Lanes.self) : lanes(m + j, count)
            let oldSecond = full ? UnsafeRawPointer(v + j).loadUnaligned(as: Lanes.self) : lanes(v + j, count)
            let value = full ? UnsafeRawPointer(p + j).loadUnaligned(as: Lanes.self) : lanes(p + j, count)
            let first = mix(oldFirst, d, firstWeight)
            let second = oldSecond * beta2 + secondWeight * d * d
            let updated = value + stepSize * first / (second.squareRoot() / correction2 + eps)
            if full {
                UnsafeMutableRawPointer(m + j).storeBytes(of: first, as: Lanes.self)
                UnsafeMutableRawPointer(v + j).storeBytes(of: second, as: Lanes.self)
                UnsafeMutableRawPointer(p + j).storeBytes(of: updated, as: Lanes.self)
            } else {
                store(first, m + j, count)
                store(second, v + j, count)
                store(updated, p + j, count)
            }
            j += count
        }
    }
}
