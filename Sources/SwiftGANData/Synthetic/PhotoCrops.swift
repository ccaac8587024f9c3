import SwiftGANKernels

/// Paired restoration data from caller-supplied photos `[C, H, W]`: square
/// crops of `cropSize` at seeded random places, the crop as target and a
/// degraded crop (`task`) as input.
///
/// Example `i` draws from its own generator keyed by `(seed, i)`: the photo
/// uniformly, the crop's corner uniformly within it, then the task's own
/// draws. Examples are computed lazily and reproduce bit for bit.
public struct PhotoCrops: Dataset {
    /// The source photos.
    public let photos: [NDArray]
    /// The side of the square crops.
    public let cropSize: Int
    /// The degradation that makes the input.
    public let task: PhotoCropTask
    /// The number of examples.
    public let count: Int
    /// The seed the examples derive from.
    public let seed: UInt64
    /// Whether each crop is flipped left-right, flipped up-down and
    /// transposed, each with probability 1/2, before it is degraded.
    public let augment: Bool

    /// `count` crops of `cropSize` from `photos`, each `[C, H, W]` with the same
    /// `C` (3 for colorization) and at least `cropSize` on each side.
    public init(photos: [NDArray], cropSize: Int, task: PhotoCropTask, count: Int, seed: UInt64, augment: Bool = false) {
        precondition(!photos.isEmpty, "PhotoCrops: photos is empty")
        precondition(cropSize > 0, "PhotoCrops: cropSize \(cropSize) must be positive")
        precondition(count >= 0, "PhotoCrops: count \(count) must be non-negative")
        let channels = photos[0].shape.first ?? 0
        for (k, photo) in photos.enumerated() {
            precondition(
                photo.rank == 3 && photo.shape[0] == channels && photo.shape[1] >= cropSize && photo.shape[2] >= cropSize,
                "PhotoCrops: photo \(k) of shape \(photo.shape) is not [\(channels), >=\(cropSize), >=\(cropSize)]")
        }
        switch task {
        case let .superResolution(factor), let .bicubicDownsample(factor), let .realisticDownsample(factor):
            precondition(factor > 0 && cropSize % factor == 0, "PhotoCrops: factor \(factor) does not divide cropSize \(cropSize)")
        case let .gaussianNoise(sigma, _):
            precondition(sigma >= 0, "PhotoCrops: noise sigma \(sigma) is negative")
        case let .inpainting(holeSize, _):
            precondition(
                holeSize.lowerBound > 0 && holeSize.upperBound <= cropSize,
                "PhotoCrops: holeSize \(holeSize) is not within 1...\(cropSize)")
        case .colorization:
            precondition(channels == 3, "PhotoCrops: colorization needs RGB photos, got \(channels) channels")
        }
        (self.photos, self.cropSize, self.task, self.count, self.seed, self.augment) = (photos, cropSize, task, count, seed, augment)
    }

    /// The photo, crop and hole of example `index`.
    public func placement(at index: Int) -> CropPlacement {
        var generator = SyntheticSeed.generator(seed: seed, index: index)
        return placement(at: index, &generator)
    }

    /// The inpainting mask `[1, S, S]` of example `index`: 1 in the hole, 0
    /// elsewhere (all 0 for other tasks).
    public func mask(at index: Int) -> NDArray {
        let hole = placement(at: index).hole
        let values = (0..<cropSize * cropSize).map { i -> Float in
            hole?.contains(row: i / cropSize, column: i % cropSize) == true ? 1 : 0
        }
        return NDArray(values, shape: [1, cropSize, cropSize])
    }

    /// The degraded crop (input) and the crop (target) of example `index`.
    public func example(at index: Int) throws -> Example {
        var generator = SyntheticSeed.generator(seed: seed, index: index)
        let place = placement(at: index, &generator)
        var crop = photos[place.photo]
            .slice(axis: 1, start: place.crop.top, end: place.crop.top + cropSize)
            .slice(axis: 2, start: place.crop.left, end: place.crop.left + cropSize)
        if augment {
            if generator.next() & 1 == 1 { crop = crop.flipped(axes: [2]) }
            if generator.next() & 1 == 1 { crop = crop.flipped(axes: [1]) }
            if generator.next() & 1 == 1 { crop = crop.permuted([0, 2, 1]) }
        }
        switch task {
        case let .superResolution(factor):
            let low = Resampling.areaDownsample(crop, factor: factor)
            return Example(image: Resampling.bilinear(low, height: cropSize, width: cropSize), target: crop)
        case let .inpainting(_, fill):
            var input = crop.elements
            let plane = cropSize * cropSize
            for i in input.indices where place.hole?.contains(row: i % plane / cropSize, column: i % cropSize) == true {
                input[i] = fill == .zero ? 0 : generator.nextUnitFloat()
            }
            return Example(image: NDArray(input, shape: crop.shape), target: crop)
        case .colorization:
            return Example(image: ColorConversion.lightnessGray(crop), label: place.photo, target: crop)
        case let .bicubicDownsample(factor):
            return Example(image: Degradation.bicubicDownsample(crop, factor: factor), target: crop)
        case let .realisticDownsample(factor):
            return Example(image: try Degradation.realistic(crop, factor: factor, &generator), target: crop)
        case let .gaussianNoise(sigma, noisyTarget):
            let input = Degradation.gaussianNoise(crop, sigma: sigma, &generator)
            return Example(image: input, target: noisyTarget ? Degradation.gaussianNoise(crop, sigma: sigma, &generator) : crop)
        }
    }

    private func placement(at index: Int, _ generator: inout RandomGenerator) -> CropPlacement {
        precondition(index >= 0 && index < count, "PhotoCrops: index \(index) is not in 0..<\(count)")
        let photo = SyntheticSeed.below(photos.count, &generator)
        let top = SyntheticSeed.below(photos[photo].shape[1] - cropSize + 1, &generator)
        let left = SyntheticSeed.below(photos[photo].shape[2] - cropSize + 1, &generator)
        var hole: PixelRectangle?
        if case let .inpainting(holeSize, _) = task {
            let height = holeSize.lowerBound + SyntheticSeed.below(holeSize.count, &generator)
            let width = holeSize.lowerBound + SyntheticSeed.below(holeSize.count, &generator)
            hole = PixelRectangle(
                top: SyntheticSeed.below(cropSize - height + 1, &generator),
                left: SyntheticSeed.below(cropSize - width + 1, &generator), height: height, width: width)
        }
        let crop = PixelRectangle(top: top, left: left, height: cropSize, width: cropSize)
        return CropPlacement(photo: photo, crop: crop, hole: hole)
    }
}
