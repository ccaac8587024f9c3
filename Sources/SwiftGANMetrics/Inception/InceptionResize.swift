import SwiftGANAutograd
import SwiftGANData
import SwiftGANKernels

/// How images are brought to Inception-v3's 299x299 input; recorded with
/// every result, because FID changes with it.
public enum InceptionResize: String, CaseIterable, Sendable {
    /// Bilinear without antialiasing (PyTorch's `interpolate`, `align_corners=False`):
    /// what pytorch-fid does, and so the protocol of most published FIDs.
    case bilinear
    /// PIL's antialiased bicubic filter, as clean-fid recommends.
    case bicubicAntialias = "bicubic_antialias"

    /// `images` `[N, C, H, W]` in [-1, 1] at 299x299 (unchanged when already that size).
    public func apply(_ images: NDArray) -> NDArray {
        let size = InceptionV3.inputSize
        guard images.shape[2] != size || images.shape[3] != size else { return images }
        switch self {
        case .bilinear:
            return withoutGrad { Tensor(images).upsampleBilinear(size: (size, size)).value }
        case .bicubicAntialias:
            let resized = (0..<images.shape[0]).map { index -> NDArray in
                let one = images.slice(axis: 0, start: index, end: index + 1).reshaped(Array(images.shape.dropFirst()))
                let image = Image(array: one.map(.affine(scale: 0.5, shift: 0.5)))
                return image.resized(width: size, height: size, filter: .bicubic).array.reshaped([1, images.shape[1], size, size])
            }
            return NDArray.concatenate(resized, axis: 0).map(.affine(scale: 2, shift: -1))
        }
    }
}
