/// The `user_guided_colorization:` section: Zhang et al.'s (2017) colorizer with sparse hints.
public struct UserGuidedColorizationOptions: ModelOptions {
    /// The features of the full-size stage; the half and quarter stages have two and four times as many.
    public var width = 32
    /// Whether each training target's colors are turned by a random hue angle and scaled by a random chroma factor
    /// (0.2 to 1.4), so that the hints, not the gray, carry them: with a few training photos the network would
    /// otherwise learn their colors and ignore the hints.
    public var jitterColors = true
    /// The chance, after each hint drawn for a training patch, of drawing no more (the paper's 1/8, about 7 hints
    /// per patch; larger values train for sparser hints, as on photos much larger than the patches).
    public var hintStopProbability = 0.125

    public init() {}
}
