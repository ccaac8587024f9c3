/// The `unit:` section: UNIT of Liu et al., with the UNIT repository's loss weights.
public struct UNITOptions: ModelOptions {
    public var networks = CoupledNetworkOptions()
    /// `gan_w`: the adversarial terms' weight.
    public var adversarialWeight: Float = 1
    /// `recon_x_w`: the weight of each domain's L1 reconstruction from its own code.
    public var reconstructionWeight: Float = 10
    /// `recon_kl_w`: the weight of the codes' KL term.
    public var klWeight: Float = 0.01
    /// `recon_x_cyc_w`: the weight of the L1 cycle reconstruction through the other domain.
    public var cycleWeight: Float = 10
    /// `recon_kl_cyc_w`: the weight of the translations' codes' KL term.
    public var klCycleWeight: Float = 0.01

    public init() {}
}
