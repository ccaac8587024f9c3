/// The `lapgan:` section: a Laplacian pyramid of three GANs (Denton et al.
/// 2015). The coarsest level generates the image at a quarter of the data's
/// side from noise; each finer level generates the residual between the
/// image at its side and its upsampled coarser version.
public struct LAPGANOptions: ModelOptions {
    /// The coarsest level's noise dimension.
    public var latentDimension = 100
    /// The width of the coarsest level's fully connected networks.
    public var hidden = 512
    /// The channels of the finer levels' convolutional networks.
    public var width = 64

    public init() {}
}
