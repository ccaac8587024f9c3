import CVectorKernels

/// The per-parameter constants of one Adam step and its element loop.
///
/// The common case (no AMSGrad, no weight decay) runs a vectorized C loop
/// (`sg_adam_plain_update`); both loops compute the same expressions in the
/// same order without fused multiply-adds, so their results agree bit for bit.
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
            let start = range.lowerBound
            sg_adam_plain_update(
                p + start, g + start, m + start, v + start, range.count, firstWeight, abs(firstWeight) >= 0.5, beta2,
                secondWeight, -stepSize, correction2, eps)
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
}
