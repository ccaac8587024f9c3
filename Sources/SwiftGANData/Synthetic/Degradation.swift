import Foundation
import SwiftGANKernels

/// The degradations restoration models learn to undo, on images `[C, H, W]`
/// in [0, 1]; the random ones draw from the caller's generator, so a seeded
/// dataset reproduces them bit for bit.
public enum Degradation {
    /// The image shrunk by `factor` with PIL's antialiased bicubic (Keys'
    /// cubic, a = -0.5, widened by the factor): the standard "bicubic xN"
    /// input of super-resolution. The sides must be multiples of `factor`.
    public static func bicubicDownsample(_ image: NDArray, factor: Int) -> NDArray {
        precondition(image.rank == 3 && image.shape[1] % factor == 0 && image.shape[2] % factor == 0,
                     "Degradation.bicubicDownsample: sides of \(image.shape) are not multiples of \(factor)")
        return resized(image, height: image.shape[1] / factor, width: image.shape[2] / factor)
    }

    /// The image resampled to `height x width` with PIL's bicubic (clamped to [0, 1]).
    public static func resized(_ image: NDArray, height: Int, width: Int, filter: ResizeFilter = .bicubic) -> NDArray {
        precondition(image.rank == 3 && [1, 3].contains(image.shape[0]), "Degradation.resized: expected [1 or 3, H, W], got \(image.shape)")
        return Image(array: image).resized(width: width, height: height, filter: filter).array
    }

    /// The image plus white Gaussian noise of standard deviation `sigma`
    /// (on the 0-255 scale), not clipped, as Noise2Noise adds it.
    public static func gaussianNoise(_ image: NDArray, sigma: Float, _ generator: inout RandomGenerator) -> NDArray {
        image + generator.normal(image.shape, std: sigma / 255)
    }

    /// The image blurred by an isotropic Gaussian of standard deviation
    /// `sigma` pixels (a kernel of `2 * ceil(3 sigma) + 1` taps, edges replicated).
    public static func gaussianBlur(_ image: NDArray, sigma: Double) -> NDArray {
        precondition(sigma > 0, "Degradation.gaussianBlur: sigma \(sigma) must be positive")
        let radius = Int((3 * sigma).rounded(.up))
        let taps = (-radius...radius).map { exp(-Double($0 * $0) / (2 * sigma * sigma)) }
        let total = taps.reduce(0, +)
        let kernel = taps.map { Float($0 / total) }
        let (channels, height, width) = (image.shape[0], image.shape[1], image.shape[2])
        let input = image.elements
        var rows = [Float](repeating: 0, count: input.count), out = rows
        for plane in 0..<channels {
            let base = plane * height * width
            for y in 0..<height {
                for x in 0..<width {
                    var sum: Float = 0
                    for (k, weight) in kernel.enumerated() { sum += weight * input[base + y * width + min(max(x + k - radius, 0), width - 1)] }
                    rows[base + y * width + x] = sum
                }
            }
            for y in 0..<height {
                for x in 0..<width {
                    var sum: Float = 0
                    for (k, weight) in kernel.enumerated() { sum += weight * rows[base + min(max(y + k - radius, 0), height - 1) * width + x] }
                    out[base + y * width + x] = sum
                }
            }
        }
        return NDArray(out, shape: image.shape)
    }

    /// The image through a JPEG of `quality` (TurboJPEG, 4:2:0 for color) and back.
    public static func jpeg(_ image: NDArray, quality: Int) throws -> NDArray {
        let bytes = try JPEGCodec.encode(Image(array: image), quality: quality)
        return try JPEGCodec.decode(bytes).converted(toChannels: image.shape[0]).array
    }

    /// Real-ESRGAN's first-order degradation, shortened: a Gaussian blur of
    /// sigma uniform in [0.2, 3], the antialiased bicubic downsample by
    /// `factor`, Gaussian noise of sigma uniform in [1, 30] (0-255 scale),
    /// clipped, then a JPEG of quality uniform in 30...95.
    public static func realistic(_ image: NDArray, factor: Int, _ generator: inout RandomGenerator) throws -> NDArray {
        let blurSigma = 0.2 + 2.8 * Double(generator.nextUnitFloat())
        let noiseSigma = 1 + 29 * generator.nextUnitFloat()
        let quality = 30 + Int(generator.next() % 66)
        let small = bicubicDownsample(gaussianBlur(image, sigma: blurSigma), factor: factor)
        let noisy = gaussianNoise(small, sigma: noiseSigma, &generator).map(.clamp(low: 0, high: 1))
        return try jpeg(noisy, quality: quality)
    }
}
