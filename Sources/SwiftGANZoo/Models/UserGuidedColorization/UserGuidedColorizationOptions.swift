/// The `user_guided_colorization:` section: Zhang et al.'s (2017) colorizer with sparse hints.
public struct UserGuidedColorizationOptions: ModelOptions {
    /// The features of the full-size stage; the half and quarter stages have two and four times as many.
    public var width = 32
    /// Whether each training target's colors are turned by a random hue angle and scaled by a random chroma factor
    /// (0.2 to 1.4), so that the hints, not the gray, carry them: with a few training photos the network would
    /// otherwise learn their colors and ignore the hints.
    public var jitterColors = true

    public init() {}
}
