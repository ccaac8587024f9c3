import SwiftGANKernels

/// How the folder datasets turn a decoded file into an example image:
/// convert to `channels`, then, when `size` is given, resize the shorter side
/// to `loadSize` (`size` unless given) with `filter` and crop a `size x size`
/// square (torchvision's `Resize(loadSize)` then `CenterCrop(size)` or
/// `RandomCrop(size)`; pix2pix's `--load_size` and `--crop_size`).
public struct ImageLoading: Sendable, Equatable {
    /// 1 gray, 2 gray+alpha, 3 RGB, 4 RGBA.
    public var channels: Int
    /// The side of the square output; `nil` keeps each image's size (then all
    /// images of a dataset must have the same size).
    public var size: Int?
    /// The shorter side images are resized to before the crop (at least `size`); nil: `size`.
    public var loadSize: Int?
    /// Where the square is cut.
    public var crop: ImageCrop
    /// The resampling filter (bilinear, as torchvision's `Resize`, by default).
    public var filter: ResizeFilter
    /// What happens to an alpha channel that `channels` does not keep.
    public var alpha: AlphaHandling

    /// Loading options; `size` `nil` keeps images at their size.
    public init(
        channels: Int = 3, size: Int? = nil, crop: ImageCrop = .center, filter: ResizeFilter = .bilinear,
        alpha: AlphaHandling = .drop, loadSize: Int? = nil
    ) {
        precondition((1...4).contains(channels), "ImageLoading: \(channels) channels is not 1-4")
        precondition(size.map { $0 > 0 } ?? true, "ImageLoading: size \(size!) is not positive")
        precondition(loadSize == nil || (size != nil && loadSize! >= size!), "ImageLoading: loadSize \(loadSize!) needs a size no larger, got \(String(describing: size))")
        (self.channels, self.size, self.crop, self.filter, self.alpha) = (channels, size, crop, filter, alpha)
        self.loadSize = loadSize
    }

    /// `image` converted, resized and cropped; the random crop depends on `index`.
    public func prepare(_ image: Image, index: Int) -> Image {
        let converted = image.converted(toChannels: channels, alpha: alpha)
        guard let size else { return converted }
        let resized = converted.resized(shorterSide: loadSize ?? size, filter: filter)
        switch crop {
        case .center:
            return resized.centerCropped(width: size, height: size)
        case .random(let seed):
            var generator = RandomGenerator(seed: seed ^ UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15)
            return resized.randomCropped(width: size, height: size, using: &generator)
        }
    }

    /// Throws unless `image` (from `path`) has `expected`'s size, when no `size` makes images uniform.
    func checkUniform(_ image: Image, path: String, expected: ImageSize) throws {
        guard size == nil, image.width != expected.width || image.height != expected.height else { return }
        throw DataError(
            path: path,
            problem: "the image is \(image.width)x\(image.height) but the dataset's first image (\(expected.path)) is "
                + "\(expected.width)x\(expected.height); give ImageLoading a size to resize and crop every image")
    }
}
