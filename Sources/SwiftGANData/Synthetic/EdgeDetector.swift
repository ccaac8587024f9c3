import Foundation
import SwiftGANKernels

/// Edge maps of images `[C, H, W]` or `[H, W]`, channel by channel, with the
/// image's edge pixels replicated outside it. Results have the input's shape.
public enum EdgeDetector {
    /// Sobel gradient magnitude `sqrt(gx² + gy²)` divided by 4, so that a sharp
    /// 0-to-1 step gives 1, clamped to [0, 1].
    public static func sobel(_ image: NDArray) -> NDArray {
        GrayPlane.map(image, op: "EdgeDetector.sobel") { plane in
            let (gx, gy) = gradients(plane)
            var out = GrayPlane(width: plane.width, height: plane.height)
            for i in out.values.indices {
                out.values[i] = min(1, (gx.values[i] * gx.values[i] + gy.values[i] * gy.values[i]).squareRoot() / 4)
            }
            return out
        }
    }

    /// The horizontal and vertical Sobel responses (`gx` grows to the right,
    /// `gy` downwards).
    static func gradients(_ p: GrayPlane) -> (GrayPlane, GrayPlane) {
        var gx = GrayPlane(width: p.width, height: p.height), gy = gx
        for r in 0..<p.height {
            for c in 0..<p.width {
                let right = p[r - 1, c + 1] + 2 * p[r, c + 1] + p[r + 1, c + 1]
                let left = p[r - 1, c - 1] + 2 * p[r, c - 1] + p[r + 1, c - 1]
                let down = p[r + 1, c - 1] + 2 * p[r + 1, c] + p[r + 1, c + 1]
                let up = p[r - 1, c - 1] + 2 * p[r - 1, c] + p[r - 1, c + 1]
                gx.values[r * p.width + c] = right - left
                gy.values[r * p.width + c] = down - up
            }
        }
        return (gx, gy)
    }

    /// `p` convolved with a normalized Gaussian of standard deviation `sigma`
    /// (radius `ceil(3 sigma)`), separably.
    static func gaussianBlur(_ p: GrayPlane, sigma: Float) -> GrayPlane {
        let radius = Int((3 * sigma).rounded(.up))
        let weights = (-radius...radius).map { exp(-Float($0 * $0) / (2 * sigma * sigma)) }
        let total = weights.reduce(0, +)
        var rows = GrayPlane(width: p.width, height: p.height), out = rows
        for r in 0..<p.height {
            for c in 0..<p.width {
                var sum: Float = 0
                for (k, w) in weights.enumerated() { sum += w * p[r, c + k - radius] }
                rows.values[r * p.width + c] = sum / total
            }
        }
        for r in 0..<p.height {
            for c in 0..<p.width {
                var sum: Float = 0
                for (k, w) in weights.enumerated() { sum += w * rows[r + k - radius, c] }
                out.values[r * p.width + c] = sum / total
            }
        }
        return out
    }
}
