import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels

/// What deep image prior restores in its one photo, and how the network's
/// image is degraded to be compared with what was observed.
public enum PriorTask: String, Sendable, CaseIterable {
    /// Gaussian noise of `noise_sigma` (0-255) added.
    case denoising
    /// Shrunk by `factor` with the antialiased bicubic; the network's image is shrunk the same way.
    case superResolution = "super_resolution"
    /// A seeded `drop_fraction` of the pixels hidden; the loss sees the others only.
    case inpainting

    /// The observation of `clean` `[1, C, S, S]` in [0, 1], and the mask of the pixels seen (inpainting).
    func observe(_ clean: NDArray, factor: Int, sigma: Float, dropFraction: Float, random: inout RandomGenerator) -> (observed: NDArray, mask: NDArray?) {
        let image = clean.reshaped(Array(clean.shape.dropFirst()))
        switch self {
        case .denoising:
            return (Degradation.gaussianNoise(image, sigma: sigma, &random).reshaped(clean.shape), nil)
        case .superResolution:
            let small = Degradation.bicubicDownsample(image, factor: factor)
            return (small.reshaped([1] + small.shape), nil)
        case .inpainting:
            let mask = random.bernoulli([1, 1, clean.shape[2], clean.shape[3]], probability: 1 - dropFraction)
            return (clean * mask.expanded(to: clean.shape), mask)
        }
    }

    /// `image` `[1, C, S, S]` as the observation would show it.
    func degrade(_ image: Tensor, factor: Int, mask: NDArray?) -> Tensor {
        switch self {
        case .denoising: return image
        case .superResolution:
            let (height, width) = (image.shape[2], image.shape[3])
            return SeparableResampling.apply(image, rows: ResizeFilter.bicubic.matrix(from: height, to: height / factor),
                                             columns: ResizeFilter.bicubic.matrix(from: width, to: width / factor))
        case .inpainting: return image * Tensor(mask!.expanded(to: image.shape))
        }
    }
}
