import SwiftGANKernels

/// PSNR and SSIM as super-resolution and denoising papers report them, with
/// BasicSR's `calculate_psnr` and `calculate_ssim` (`test_y_channel=True`):
/// images rounded to 8 bits, RGB taken to the BT.601 luma of YCbCr's studio
/// range (`16 + 65.481 R + 128.553 G + 24.966 B` on [0, 1] inputs, gray
/// images as they are, times 255), `cropBorder` pixels cut from every side,
/// then PSNR and SSIM on the 0-255 scale.
public enum RestorationQuality {
    /// The luma of `images` `[N, 1 or 3, H, W]` in [0, 1] on the 0-255 scale,
    /// after rounding to 8 bits, with `cropBorder` pixels cut from each side.
    public static func luma(_ images: NDArray, cropBorder: Int = 0) throws -> NDArray {
        guard images.rank == 4, [1, 3].contains(images.shape[1]) else {
            throw MetricError("restoration quality: expected [N, 1 or 3, H, W] images, got \(images.shape)")
        }
        let (n, h, w) = (images.shape[0], images.shape[2], images.shape[3])
        guard cropBorder >= 0, h > 2 * cropBorder, w > 2 * cropBorder else {
            throw MetricError("restoration quality: a border of \(cropBorder) leaves nothing of \(h)x\(w) images")
        }
        let bytes = eightBit(images).elements
        let plane = h * w
        var luma = [Float](repeating: 0, count: n * plane)
        for image in 0..<n {
            let start = image * images.shape[1] * plane
            for i in 0..<plane {
                luma[image * plane + i] = images.shape[1] == 1
                    ? bytes[start + i] * 255
                    : (bytes[start + i] * 65.481 + bytes[start + plane + i] * 128.553 + bytes[start + 2 * plane + i] * 24.966 + 16)
            }
        }
        return NDArray(luma, shape: [n, 1, h, w])
            .slice(axis: 2, start: cropBorder, end: h - cropBorder).slice(axis: 3, start: cropBorder, end: w - cropBorder)
    }

    /// PSNR in dB of each image's luma against its reference's (both [0, 1]).
    public static func psnrY(_ images: NDArray, _ references: NDArray, cropBorder: Int) throws -> [Double] {
        try ImageQuality.psnr(luma(images, cropBorder: cropBorder), luma(references, cropBorder: cropBorder), dataRange: 255)
    }

    /// SSIM of each image's luma against its reference's (both [0, 1]).
    public static func ssimY(_ images: NDArray, _ references: NDArray, cropBorder: Int) throws -> [Double] {
        try ImageQuality.ssim(luma(images, cropBorder: cropBorder), luma(references, cropBorder: cropBorder), dataRange: 255)
    }

    /// `images` in [0, 1] clipped and rounded to 8 bits, still in [0, 1].
    static func eightBit(_ images: NDArray) -> NDArray {
        NDArray(images.elements.map { (min(max($0, 0), 1) * 255).rounded() / 255 }, shape: images.shape)
    }
}
