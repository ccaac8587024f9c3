/// The weights of UNIT's generator terms (the UNIT repository's
/// `gan_w`, `recon_x_w`, `recon_kl_w`, `recon_x_cyc_w`, `recon_kl_cyc_w`).
public struct UNITWeights: Sendable, Equatable {
    public var adversarial: Float, reconstruction: Float, kl: Float, cycle: Float, klCycle: Float

    public init(adversarial: Float, reconstruction: Float, kl: Float, cycle: Float, klCycle: Float) {
        (self.adversarial, self.reconstruction, self.kl, self.cycle, self.klCycle) = (adversarial, reconstruction, kl, cycle, klCycle)
    }
}
