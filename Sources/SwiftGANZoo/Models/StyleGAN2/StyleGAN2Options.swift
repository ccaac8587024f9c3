/// The `stylegan2:` section: StyleGAN2 (Karras et al. 2020, config F's
/// networks at a chosen width) with its lazy regularizers.
public struct StyleGAN2Options: ModelOptions {
    public var networks = StyleNetworkOptions()
    /// The weight of the path-length penalty; 0: off.
    public var pathLengthWeight: Float = 2
    /// The path-length penalty runs every this many steps, on half the batch.
    public var pathLengthInterval = 4

    public init() {}
}
