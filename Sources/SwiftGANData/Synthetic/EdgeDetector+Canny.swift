import Foundation
import SwiftGANKernels

extension EdgeDetector {
    /// Canny edges, 1 on an edge and 0 elsewhere: Gaussian blur of standard
    /// deviation `sigma`, Sobel gradients (magnitude divided by 4 as in
    /// `sobel`), non-maximum suppression along the gradient direction quantized
    /// to 0, 45, 90 or 135 degrees, then hysteresis: pixels at or above `high`
    /// are edges, and pixels at or above `low` 8-connected to an edge are too.
    public static func canny(_ image: NDArray, sigma: Float = 1, low: Float = 0.1, high: Float = 0.2) -> NDArray {
        precondition(sigma > 0, "EdgeDetector.canny: sigma \(sigma) must be positive")
        precondition(low >= 0 && low <= high, "EdgeDetector.canny: thresholds low \(low), high \(high) need 0 <= low <= high")
        return GrayPlane.map(image, op: "EdgeDetector.canny") { plane in
            hysteresis(suppressed(gaussianBlur(plane, sigma: sigma)), low: low, high: high)
        }
    }

    /// Gradient magnitudes kept only where they are a maximum along the gradient
    /// (a tie goes to the pixel further along it, so a step gives a one-pixel line).
    private static func suppressed(_ plane: GrayPlane) -> GrayPlane {
        let (gx, gy) = gradients(plane)
        var magnitude = GrayPlane(width: plane.width, height: plane.height)
        for i in magnitude.values.indices {
            magnitude.values[i] = (gx.values[i] * gx.values[i] + gy.values[i] * gy.values[i]).squareRoot() / 4
        }
        var out = GrayPlane(width: plane.width, height: plane.height)
        for r in 0..<plane.height {
            for c in 0..<plane.width {
                let i = r * plane.width + c
                guard magnitude.values[i] > 0 else { continue }
                var angle = atan2(gy.values[i], gx.values[i]) * 180 / Float.pi
                if angle < 0 { angle += 180 }
                let (dr, dc): (Int, Int) = switch angle {
                case 22.5..<67.5: (1, 1)
                case 67.5..<112.5: (1, 0)
                case 112.5..<157.5: (1, -1)
                default: (0, 1)
                }
                let ahead = value(magnitude, r + dr, c + dc), behind = value(magnitude, r - dr, c - dc)
                if magnitude.values[i] > ahead && magnitude.values[i] >= behind { out.values[i] = magnitude.values[i] }
            }
        }
        return out
    }

    /// The magnitude at `(r, c)`, or 0 outside the plane.
    private static func value(_ p: GrayPlane, _ r: Int, _ c: Int) -> Float {
        r >= 0 && r < p.height && c >= 0 && c < p.width ? p.values[r * p.width + c] : 0
    }

    /// Strong pixels and the weak pixels 8-connected to them, as 1; the rest 0.
    private static func hysteresis(_ p: GrayPlane, low: Float, high: Float) -> GrayPlane {
        var out = GrayPlane(width: p.width, height: p.height)
        var stack = p.values.indices.filter { p.values[$0] >= high && p.values[$0] > 0 }
        for i in stack { out.values[i] = 1 }
        while let i = stack.popLast() {
            let (r, c) = (i / p.width, i % p.width)
            for dr in -1...1 {
                for dc in -1...1 where r + dr >= 0 && r + dr < p.height && c + dc >= 0 && c + dc < p.width {
                    let j = (r + dr) * p.width + c + dc
                    if out.values[j] == 0 && p.values[j] >= low && p.values[j] > 0 {
                        out.values[j] = 1
                        stack.append(j)
                    }
                }
            }
        }
        return out
    }
}
