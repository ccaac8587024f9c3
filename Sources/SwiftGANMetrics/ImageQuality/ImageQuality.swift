import Foundation
import SwiftGANKernels

/// Full-reference image quality for super-resolution and inpainting: PSNR
/// and SSIM of each image of a batch `[N, C, H, W]` against its reference.
public enum ImageQuality {
    /// Peak signal-to-noise ratio in dB, `10 log10(range² / MSE)`, per image;
    /// `dataRange` is the span of the pixel values (2 for [-1, 1], 1 for [0, 1]).
    /// Identical images give +infinity.
    public static func psnr(_ images: NDArray, _ references: NDArray, dataRange: Double = 2) throws -> [Double] {
        let (a, b) = try pair(images, references, minimumSide: 1)
        let size = a.count / images.shape[0]
        return (0..<images.shape[0]).map { image in
            let range = image * size..<(image + 1) * size
            let error = zip(a[range], b[range]).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(size)
            return 10 * log10(dataRange * dataRange / error)
        }
    }

    /// Structural similarity (Wang et al., 2004) per image, averaged over
    /// channels: an 11x11 Gaussian window of std 1.5, `K1 = 0.01`, `K2 = 0.03`,
    /// population statistics, the mean over every position where the window
    /// fits (scikit-image's `gaussian_weights=True, use_sample_covariance=False`).
    /// Images must be at least 11 pixels on each side.
    public static func ssim(_ images: NDArray, _ references: NDArray, dataRange: Double = 2) throws -> [Double] {
        let (a, b) = try pair(images, references, minimumSide: SSIMWindow.size)
        let (n, c, h, w) = (images.shape[0], images.shape[1], images.shape[2], images.shape[3])
        let window = SSIMWindow(height: h, width: w, dataRange: dataRange)
        return (0..<n).map { image in
            (0..<c).reduce(0.0) { total, channel in
                let start = (image * c + channel) * h * w
                return total + window.meanSimilarity(a[start..<start + h * w], b[start..<start + h * w])
            } / Double(c)
        }
    }

    private static func pair(_ images: NDArray, _ references: NDArray, minimumSide: Int) throws -> ([Double], [Double]) {
        guard images.rank == 4, images.shape == references.shape, images.shape[0] > 0 else {
            throw MetricError("image quality: expected two [N, C, H, W] batches of the same shape, got \(images.shape) and \(references.shape)")
        }
        guard images.shape[2] >= minimumSide && images.shape[3] >= minimumSide else {
            throw MetricError("image quality: images of \(images.shape[2])x\(images.shape[3]) are smaller than the \(minimumSide)x\(minimumSide) window")
        }
        let (a, b) = (images.elements, references.elements)
        guard a.allSatisfy(\.isFinite) && b.allSatisfy(\.isFinite) else {
            throw MetricError("image quality: the images hold NaN or infinite values")
        }
        return (a.map(Double.init), b.map(Double.init))
    }
}
