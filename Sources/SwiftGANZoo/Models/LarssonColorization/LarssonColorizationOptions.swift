/// The `larsson_colorization:` section: Larsson et al.'s hypercolumn colorizer.
public struct LarssonColorizationOptions: ModelOptions {
    /// The features of the full-size stage; the others have two and four times as many.
    public var width = 32
    /// The width of the hidden 1x1 layer on the hypercolumns (the paper's 1,024).
    public var hidden = 128
    /// The bins of the chroma and of the hue histogram (the paper's 32).
    public var bins = 32
    /// λ, the weight of the hue loss (the paper's 5).
    public var hueWeight: Float = 5

    public init() {}
}
