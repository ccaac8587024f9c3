import SwiftGANData
import SwiftGANKernels

/// The measures colorization papers report, on RGB images `[N, 3, H, W]` in
/// [0, 1] rounded to 8 bits: PSNR on RGB (Zhang et al. 2017), the area
/// under the curve of the share of pixels whose ab lies within a distance of
/// the truth's as the distance sweeps 0...150 (Zhang et al. 2016's raw
/// accuracy AuC), and Hasler and Süsstrunk's colorfulness.
public enum ColorizationQuality {
    /// The largest ab distance the accuracy curve sweeps to.
    public static let maximumDistance = 150

    /// PSNR in dB on the 8-bit RGB values of each image against its reference.
    public static func psnr(_ images: NDArray, _ references: NDArray) throws -> [Double] {
        try check(images, references)
        return try ImageQuality.psnr(quantized(images), quantized(references), dataRange: 1)
    }

    /// The raw accuracy AuC in [0, 1] of each image: the mean over the integer
    /// thresholds 0...150 of the share of pixels whose ab distance to the
    /// reference's is at most the threshold.
    public static func abAccuracyAUC(_ images: NDArray, _ references: NDArray) throws -> [Double] {
        try check(images, references)
        let (ab, truth) = (ColorConversion.lab(fromRGB: quantized(images)).elements, ColorConversion.lab(fromRGB: quantized(references)).elements)
        let (n, plane) = (images.shape[0], images.shape[2] * images.shape[3])
        return (0..<n).map { image in
            var withinCount = [Int](repeating: 0, count: maximumDistance + 1)
            for p in 0..<plane {
                let (a, b) = ((image * 3 + 1) * plane + p, (image * 3 + 2) * plane + p)
                let da = Double(ab[a] - truth[a]), db = Double(ab[b] - truth[b])
                let threshold = Int((da * da + db * db).squareRoot().rounded(.up))
                if threshold <= maximumDistance { withinCount[threshold] += 1 }
            }
            var (within, area) = (0, 0.0)
            for count in withinCount {
                within += count
                area += Double(within) / Double(plane)
            }
            return area / Double(maximumDistance + 1)
        }
    }

    /// Hasler and Süsstrunk's colorfulness of each image on the 0-255 scale:
    /// with `rg = R - G` and `yb = (R + G) / 2 - B` over its pixels,
    /// `sqrt(σ_rg² + σ_yb²) + 0.3 sqrt(μ_rg² + μ_yb²)` (0 for a gray image).
    public static func colorfulness(_ images: NDArray) throws -> [Double] {
        guard images.rank == 4, images.shape[1] == 3 else { throw MetricError("colorization quality: expected RGB images [N, 3, H, W], got \(images.shape)") }
        let values = quantized(images).elements, plane = images.shape[2] * images.shape[3]
        return (0..<images.shape[0]).map { image in
            var (sumRG, sumYB, squaresRG, squaresYB) = (0.0, 0.0, 0.0, 0.0)
            for p in 0..<plane {
                let base = image * 3 * plane + p
                let (r, g, b) = (Double(values[base]) * 255, Double(values[base + plane]) * 255, Double(values[base + 2 * plane]) * 255)
                let (rg, yb) = (r - g, (r + g) / 2 - b)
                (sumRG, sumYB, squaresRG, squaresYB) = (sumRG + rg, sumYB + yb, squaresRG + rg * rg, squaresYB + yb * yb)
            }
            let count = Double(plane)
            let (meanRG, meanYB) = (sumRG / count, sumYB / count)
            let variance = max(squaresRG / count - meanRG * meanRG, 0) + max(squaresYB / count - meanYB * meanYB, 0)
            return variance.squareRoot() + 0.3 * (meanRG * meanRG + meanYB * meanYB).squareRoot()
        }
    }

    private static func quantized(_ images: NDArray) -> NDArray { RestorationQuality.eightBit(images) }

    private static func check(_ images: NDArray, _ references: NDArray) throws {
        guard images.rank == 4, images.shape[1] == 3, images.shape == references.shape else {
            throw MetricError("colorization quality: expected two RGB arrays [N, 3, H, W] of one shape, got \(images.shape) and \(references.shape)")
        }
    }
}
