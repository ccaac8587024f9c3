import SwiftGANAutograd

extension AdversarialLoss {
    /// The generators' adversarial term of the unpaired translators for
    /// logits of translations: with least squares the repositories'
    /// `mean((D(G(x)) - 1)²)` (without the usual one half), else the loss's own.
    func translatorGeneratorTerm(_ logits: Tensor) -> Tensor {
        self == .leastSquares ? (logits - 1).square().mean() : generatorLoss(fake: logits)
    }

    /// The factor on the unpaired translators' discriminator loss: 1 with
    /// least squares (whose loss already halves), else one half, as the
    /// CycleGAN repository halves each domain's loss.
    var translatorDiscriminatorScale: Float { self == .leastSquares ? 1 : 0.5 }
}
