import Foundation
import SwiftGANKernels

/// Larsson et al.'s color space for histograms: chroma `sqrt(a² + b²)` in
/// `bins` equal bins over [0, `maximumChroma`) and hue `atan2(b, a)` in `bins`
/// equal bins around the circle. Chroma is decoded as the median of its
/// histogram, hue as the circular mean of its own.
public struct HueChromaHistograms: Sendable {
    /// The bins of each histogram.
    public let bins: Int
    /// The chroma the last bin ends at; larger chromas fall in the last bin.
    public let maximumChroma: Float

    public init(bins: Int, maximumChroma: Float = 150) {
        precondition(bins >= 2 && maximumChroma > 0, "HueChromaHistograms: \(bins) bins (at least 2) up to chroma \(maximumChroma) (positive)")
        (self.bins, self.maximumChroma) = (bins, maximumChroma)
    }

    /// The chroma bin, hue bin and chroma of every pixel of a and b `[N, 2, h, w]`, pixel-major per image.
    public func classes(_ ab: NDArray) -> (chroma: [Int], hue: [Int], chromaValues: [Float]) {
        let (n, plane) = (ab.shape[0], ab.shape[2] * ab.shape[3]), values = ab.elements
        var (chroma, hue, magnitudes) = ([Int](), [Int](), [Float]())
        for image in 0..<n {
            for p in 0..<plane {
                let (a, b) = (values[image * 2 * plane + p], values[(image * 2 + 1) * plane + p])
                let c = (a * a + b * b).squareRoot()
                let angle = (atan2(b, a) + 2 * Float.pi).truncatingRemainder(dividingBy: 2 * Float.pi)
                chroma.append(min(Int(c / maximumChroma * Float(bins)), bins - 1))
                hue.append(min(Int(angle / (2 * Float.pi) * Float(bins)), bins - 1))
                magnitudes.append(c)
            }
        }
        return (chroma, hue, magnitudes)
    }

    /// The a and b `[N, 2, h, w]` of chroma and hue probabilities `[N, bins, h, w]` each.
    public func decode(chroma: NDArray, hue: NDArray) -> NDArray {
        precondition(chroma.shape == hue.shape && chroma.rank == 4 && chroma.shape[1] == bins, "HueChromaHistograms: expected two [N, \(bins), h, w], got \(chroma.shape) and \(hue.shape)")
        let (n, plane) = (chroma.shape[0], chroma.shape[2] * chroma.shape[3])
        let (c, h) = (chroma.elements, hue.elements)
        let width = maximumChroma / Float(bins)
        var ab = [Float](repeating: 0, count: n * 2 * plane)
        for image in 0..<n {
            for p in 0..<plane {
                var (cumulative, median): (Float, Float) = (0, maximumChroma)
                for k in 0..<bins {
                    let share = c[(image * bins + k) * plane + p]
                    if cumulative + share >= 0.5 {
                        median = (Float(k) + (0.5 - cumulative) / max(share, .leastNormalMagnitude)) * width
                        break
                    }
                    cumulative += share
                }
                var (sine, cosine): (Float, Float) = (0, 0)
                for k in 0..<bins {
                    let angle = (Float(k) + 0.5) / Float(bins) * 2 * Float.pi, share = h[(image * bins + k) * plane + p]
                    (sine, cosine) = (sine + share * sin(angle), cosine + share * cos(angle))
                }
                let angle = atan2(sine, cosine)
                ab[image * 2 * plane + p] = median * cos(angle)
                ab[(image * 2 + 1) * plane + p] = median * sin(angle)
            }
        }
        return NDArray(ab, shape: [n, 2, chroma.shape[2], chroma.shape[3]])
    }
}
