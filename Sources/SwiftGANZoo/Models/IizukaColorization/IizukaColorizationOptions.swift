/// The `iizuka_colorization:` section: Iizuka et al.'s global-and-local colorizer.
public struct IizukaColorizationOptions: ModelOptions {
    /// The features of the first block; the eighth-size blocks and the global vector have four times as many.
    public var width = 32
    /// α, the weight of the classification loss beside the colors' MSE (the paper's 1/300); 0 trains without the head's loss.
    public var classificationWeight: Float = 1.0 / 300

    public init() {}
}
