import Foundation
import SwiftGANKernels

/// Paths through the latent space for latent walks.
public enum LatentInterpolation {
    /// Spherical interpolation of each row of `a` to the same row of `b` at
    /// `t` in [0, 1] (White, 2016): `(sin((1-t)Ω) a + sin(tΩ) b) / sin Ω` with
    /// Ω the angle between the rows, which keeps Gaussian latents near their
    /// typical norm where a straight line passes close to the origin.
    /// Rows at a tiny angle fall back to linear interpolation.
    public static func slerp(_ a: NDArray, _ b: NDArray, _ t: Float) -> NDArray {
        precondition(a.shape == b.shape && a.rank == 2, "LatentInterpolation.slerp: expected two [N, D] arrays of one shape, got \(a.shape) and \(b.shape)")
        let (x, y, d) = (a.elements, b.elements, a.shape[1])
        var out = [Float](repeating: 0, count: x.count)
        for row in 0..<a.shape[0] {
            let range = row * d..<(row + 1) * d
            let normA = sqrt(range.reduce(Float(0)) { $0 + x[$1] * x[$1] }), normB = sqrt(range.reduce(Float(0)) { $0 + y[$1] * y[$1] })
            let cosine = normA > 0 && normB > 0 ? range.reduce(Float(0)) { $0 + x[$1] * y[$1] } / (normA * normB) : 1
            let omega = acos(min(1, max(-1, cosine)))
            for i in range {
                if omega < 1e-4 {
                    out[i] = x[i] + (y[i] - x[i]) * t
                } else {
                    out[i] = (sin((1 - t) * omega) * x[i] + sin(t * omega) * y[i]) / sin(omega)
                }
            }
        }
        return NDArray(out, shape: a.shape)
    }
}
