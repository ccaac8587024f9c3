/// The `self_supervised_gan:` section: SS-GAN (Chen et al. 2019).
public struct SelfSupervisedGANOptions: ModelOptions {
    /// SNGAN's ResNets with the non-saturating loss and no attention, as the paper's.
    public var networks: BigGANNetworkOptions = {
        var networks = BigGANNetworkOptions()
        (networks.loss, networks.attentionResolution) = ("non_saturating", 0)
        return networks
    }()
    /// β: the weight of D's rotation loss on real images (0 with `generator_rotation_weight` 0: the plain GAN).
    public var rotationWeight: Float = 1
    /// α: the weight of G's rotation loss on its samples.
    public var generatorRotationWeight: Float = 0.2

    public init() {}
}
