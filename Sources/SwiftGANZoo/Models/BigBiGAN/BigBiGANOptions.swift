/// The `bigbigan:` section: BigBiGAN-lite (Donahue & Simonyan 2019) at 32x32.
public struct BigBiGANOptions: ModelOptions {
    /// The generator's and the image branch's networks (as `biggan`'s; no classes); hinge loss.
    public var networks = BigGANNetworkOptions()
    /// Split z into one chunk for the linear layer and one per block, each block's BatchNorm conditioned on its chunk.
    public var hierarchical = true
    /// The width of the latent branch and the joint MLP.
    public var hidden = 256

    public init() {}
}
