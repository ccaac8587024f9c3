import SwiftGANKernels

/// MNIST-M-style digits (Ganin and Lempitsky 2015): each gray digit blended
/// onto a crop of a photo by the absolute difference `|crop - digit|` in every
/// channel, so the stroke inverts the photo's colors under it. Labels kept.
///
/// Example `i` draws from its own generator, keyed by `(seed, i)`: the photo
/// uniformly, then the crop's corner uniformly within it. `Example.image` is
/// `[3, H, W]` for gray digits `[1, H, W]`.
public struct DigitsOnPhotos: Dataset {
    /// The gray digits, one channel.
    public let base: any Dataset
    /// The photos the backgrounds are cropped from, each `[3, H, W]` in [0, 1].
    public let photos: [NDArray]
    /// The seed the crops derive from.
    public let seed: UInt64

    /// Digits of `base` on crops of `photos` (each at least as large as a digit).
    public init(_ base: any Dataset, photos: [NDArray], seed: UInt64) {
        precondition(!photos.isEmpty, "DigitsOnPhotos: no photos")
        for (k, photo) in photos.enumerated() {
            precondition(photo.rank == 3 && photo.shape[0] == 3, "DigitsOnPhotos: photo \(k) of shape \(photo.shape) is not [3, H, W]")
        }
        (self.base, self.photos, self.seed) = (base, photos, seed)
    }

    /// The bundled photos, their shorter side scaled to `shorterSide`, as `[3, H, W]` arrays.
    public static func bundledPhotos(shorterSide: Int = 128) throws -> [NDArray] {
        try BundledData.photoURLs.map { try ImageCodec.read($0.path).converted(toChannels: 3).resized(shorterSide: shorterSide).array }
    }

    public var count: Int { base.count }
    public var classCount: Int? { base.classCount }

    public func example(at index: Int) throws -> Example {
        var example = try base.example(at: index)
        let digit = example.image
        precondition(digit.rank == 3 && digit.shape[0] == 1, "DigitsOnPhotos: expected gray digits [1, H, W], got \(digit.shape)")
        let (height, width) = (digit.shape[1], digit.shape[2])
        var generator = SyntheticSeed.generator(seed: seed, index: index)
        let photo = photos[SyntheticSeed.below(photos.count, &generator)]
        precondition(photo.shape[1] >= height && photo.shape[2] >= width, "DigitsOnPhotos: a photo of \(photo.shape) is smaller than a digit of \(digit.shape)")
        let top = SyntheticSeed.below(photo.shape[1] - height + 1, &generator)
        let left = SyntheticSeed.below(photo.shape[2] - width + 1, &generator)
        let crop = photo.slice(axis: 1, start: top, end: top + height).slice(axis: 2, start: left, end: left + width).elements
        let gray = digit.elements, plane = height * width
        var pixels = [Float](repeating: 0, count: 3 * plane)
        for channel in 0..<3 {
            for i in 0..<plane { pixels[channel * plane + i] = abs(crop[channel * plane + i] - gray[i]) }
        }
        example.image = NDArray(pixels, shape: [3, height, width])
        return example
    }
}
