/// The `bicubic:` section: the interpolation baseline.
public struct BicubicOptions: ModelOptions {
    /// bicubic (PIL's, the standard baseline), bilinear or lanczos (3 lobes).
    public var filter = "bicubic"

    public init() {}
}
