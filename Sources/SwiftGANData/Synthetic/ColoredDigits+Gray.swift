import SwiftGANKernels

extension ColoredDigits {
    /// Gray digits `[N, 1, H, W]` in [-1, 1] read back from colored ones
    /// `[N, 3, H, W]` in [-1, 1] (real or generated), so that the MNIST
    /// classifier can judge them: the background color is the mean of the
    /// image's outer frame of pixels (padding, which no digit reaches), and
    /// each pixel's gray level is its color distance from the background
    /// divided by the image's largest such distance. For a painted digit
    /// whose brightest stroke is 1 (almost every MNIST digit) this is the
    /// original gray digit exactly, whatever its two colors. An image whose
    /// pixels all lie within `flatDistance` of its background is all background.
    public static func grayDigits(_ images: NDArray, flatDistance: Float = 1e-3) -> NDArray {
        precondition(images.rank == 4 && images.shape[1] == 3 && images.shape[2] >= 3 && images.shape[3] >= 3,
                     "ColoredDigits.grayDigits: expected [N, 3, H, W] images of at least 3x3, got \(images.shape)")
        let (n, h, w) = (images.shape[0], images.shape[2], images.shape[3])
        let plane = h * w
        let values = images.elements
        var gray = [Float](repeating: 0, count: n * plane)
        for image in 0..<n {
            let base = image * 3 * plane
            var background = SIMD3<Float>(repeating: 0)
            var frame = 0
            for y in 0..<h { for x in 0..<w where y == 0 || y == h - 1 || x == 0 || x == w - 1 {
                background += SIMD3(values[base + y * w + x], values[base + plane + y * w + x], values[base + 2 * plane + y * w + x])
                frame += 1
            } }
            background /= Float(frame)
            var largest: Float = 0
            for p in 0..<plane {
                let d = SIMD3(values[base + p], values[base + plane + p], values[base + 2 * plane + p]) - background
                let distance = (d * d).sum().squareRoot()
                gray[image * plane + p] = distance
                largest = max(largest, distance)
            }
            let scale = largest > flatDistance ? 2 / largest : 0
            for p in 0..<plane { gray[image * plane + p] = gray[image * plane + p] * scale - 1 }
        }
        return NDArray(gray, shape: [n, 1, h, w])
    }
}
