/// The `stargan:` section: StarGAN of Choi et al., with the paper's losses and weights.
public struct StarGANOptions: ModelOptions {
    /// The generator's first width (`g_conv_dim`; then 2x and 4x).
    public var generatorWidth = 64
    /// The generator's residual blocks (`g_repeat_num`).
    public var blocks = 6
    /// The discriminator's first width (`d_conv_dim`; doubling down to 4x4).
    public var discriminatorWidth = 64
    /// The adversarial loss: wasserstein (the paper's, with the gradient penalty), hinge, least_squares, ...
    public var loss = "wasserstein"
    /// λ_gp: the WGAN-GP penalty's weight; 0 turns it off.
    public var gradientPenaltyWeight: Float = 10
    /// λ_cls: the domain classification terms' weight.
    public var classificationWeight: Float = 1
    /// λ_rec: the reconstruction term's weight.
    public var reconstructionWeight: Float = 10
    /// Discriminator updates per generator update (`n_critic`).
    public var criticSteps = 5

    public init() {}
}
