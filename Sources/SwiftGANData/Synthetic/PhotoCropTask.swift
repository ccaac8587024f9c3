/// What `PhotoCrops` makes of each crop: the input, with the crop as target.
public enum PhotoCropTask: Sendable, Equatable {
    /// Low to high resolution: the crop area-averaged down by `factor`, then
    /// bilinearly upsampled back to the crop size. The crop size must be a
    /// multiple of `factor`.
    case superResolution(factor: Int)
    /// Masked to full: the crop with a rectangular hole filled per `fill`; each
    /// side of the hole is drawn uniformly from `holeSize` and its position
    /// uniformly within the crop.
    case inpainting(holeSize: ClosedRange<Int>, fill: HoleFill)
    /// Gray to color: the ITU-R BT.601 luma `[1, S, S]` of an RGB crop.
    case colorization
}
