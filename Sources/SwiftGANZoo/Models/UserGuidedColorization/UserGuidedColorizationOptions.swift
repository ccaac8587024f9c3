/// The `user_guided_colorization:` section: Zhang et al.'s (2017) colorizer with sparse hints.
public struct UserGuidedColorizationOptions: ModelOptions {
    /// The features of the full-size stage; the half and quarter stages have two and four times as many.
    public var width = 32

    public init() {}
}
