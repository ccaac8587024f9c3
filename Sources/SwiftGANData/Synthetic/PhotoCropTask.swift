/// What `PhotoCrops` makes of each crop: the input, with the crop as target.
public enum PhotoCropTask: Sendable, Equatable {
    /// Low to high resolution: the crop area-averaged down by `factor`, then
    /// bilinearly upsampled back to the crop size. The crop size must be a
    /// multiple of `factor`.
    case superResolution(factor: Int)
    /// Low to high resolution at the low size: the crop shrunk by `factor`
    /// with `Degradation.bicubicDownsample`, `[C, S/factor, S/factor]`.
    case bicubicDownsample(factor: Int)
    /// Real-ESRGAN-style blind super-resolution: `Degradation.realistic`
    /// (blur, bicubic shrink by `factor`, noise, JPEG), seeded per example.
    case realisticDownsample(factor: Int)
    /// Noisy to clean: the crop plus Gaussian noise of `sigma` (0-255 scale);
    /// with `noisyTarget` the target is the crop under a second, independent
    /// noise draw (Noise2Noise's noisy pairs).
    case gaussianNoise(sigma: Float, noisyTarget: Bool)
    /// Masked to full: the crop with a rectangular hole filled per `fill`; each
    /// side of the hole is drawn uniformly from `holeSize` and its position
    /// uniformly within the crop.
    case inpainting(holeSize: ClosedRange<Int>, fill: HoleFill)
    /// Gray to color: the neutral gray `[1, S, S]` of an RGB crop's CIE
    /// lightness (`ColorConversion.lightnessGray`), labeled with the photo it
    /// was cut from.
    case colorization
}
