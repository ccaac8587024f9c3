/// The `stylegan:` section: StyleGAN (Karras et al. 2019) at a chosen width,
/// without progressive growing: its critic is ProGAN's at full resolution.
/// R1 runs lazily, as StyleGAN2 runs it.
public struct StyleGANOptions: ModelOptions {
    public var networks = StyleNetworkOptions()

    public init() {}
}
