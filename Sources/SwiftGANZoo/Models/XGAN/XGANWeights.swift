/// The weights of XGAN's encoder-decoder terms (the paper's ω_rec, ω_d, ω_sem, ω_gan).
public struct XGANWeights: Sendable, Equatable {
    public var reconstruction: Float, domainAdversarial: Float, semantic: Float, adversarial: Float

    public init(reconstruction: Float, domainAdversarial: Float, semantic: Float, adversarial: Float) {
        (self.reconstruction, self.domainAdversarial, self.semantic, self.adversarial) = (reconstruction, domainAdversarial, semantic, adversarial)
    }
}
