import SwiftGANKernels

/// Color to gray conversion.
public enum ColorConversion {
    /// The ITU-R BT.601 weights of R, G and B in luma.
    public static let luma601Weights: [Float] = [0.299, 0.587, 0.114]

    /// Luma `Y' = 0.299 R + 0.587 G + 0.114 B` of an RGB image `[3, H, W]`, as `[1, H, W]`.
    public static func luma601(_ image: NDArray) -> NDArray {
        precondition(image.rank == 3 && image.shape[0] == 3, "ColorConversion.luma601: image must be [3, H, W], got \(image.shape)")
        let plane = image.shape[1] * image.shape[2]
        let rgb = image.elements
        let w = luma601Weights
        let gray = (0..<plane).map { i in w[0] * rgb[i] + w[1] * rgb[plane + i] + w[2] * rgb[2 * plane + i] }
        return NDArray(gray, shape: [1, image.shape[1], image.shape[2]])
    }
}
