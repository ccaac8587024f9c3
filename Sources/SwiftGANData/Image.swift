import SwiftGANKernels

/// A decoded image: `height x width` pixels of `channels` samples (1 gray,
/// 2 gray+alpha, 3 RGB, 4 RGBA), interleaved row-major, values in [0, 1].
public struct Image: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public let channels: Int
    /// `height * width * channels` samples, pixel by pixel.
    public var samples: [Float]

    public init(width: Int, height: Int, channels: Int, samples: [Float]) {
        precondition(width > 0 && height > 0 && (1...4).contains(channels), "Image: bad size \(width)x\(height)x\(channels)")
        precondition(samples.count == width * height * channels, "Image: \(samples.count) samples for \(width)x\(height)x\(channels)")
        (self.width, self.height, self.channels, self.samples) = (width, height, channels, samples)
    }

    /// The image as `[channels, height, width]`.
    public var array: NDArray {
        NDArray(samples, shape: [height, width, channels]).permuted([2, 0, 1])
    }

    /// An image from `[C, H, W]` values in [0, 1] (clamped).
    public init(array: NDArray) {
        precondition(array.rank == 3 && (1...4).contains(array.shape[0]), "Image(array:): expected [C, H, W] with 1-4 channels, got \(array.shape)")
        let hwc = array.permuted([1, 2, 0]).map(.clamp(low: 0, high: 1))
        self.init(width: array.shape[2], height: array.shape[1], channels: array.shape[0], samples: hwc.elements)
    }
}
