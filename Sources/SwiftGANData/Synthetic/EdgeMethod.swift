import SwiftGANKernels

/// How `TranslationPairs.edgesToDigits` draws the edge map of a digit.
public enum EdgeMethod: Sendable, Equatable {
    /// `EdgeDetector.sobel`: the normalized gradient magnitude.
    case sobel
    /// `EdgeDetector.canny` with these parameters: binary edges.
    case canny(sigma: Float = 1, low: Float = 0.1, high: Float = 0.2)

    /// The edge map of `image`.
    public func apply(_ image: NDArray) -> NDArray {
        switch self {
        case .sobel: EdgeDetector.sobel(image)
        case let .canny(sigma, low, high): EdgeDetector.canny(image, sigma: sigma, low: low, high: high)
        }
    }
}
