/// The `bicubic:` section: the baseline has nothing to set.
public struct BicubicOptions: ModelOptions {
    public init() {}
}
