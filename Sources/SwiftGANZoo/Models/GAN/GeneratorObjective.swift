/// What the generator of a `StandardGAN` minimizes.
public enum GeneratorObjective: String, Sendable, Codable {
    /// The adversarial loss's generator term.
    case adversarial
    /// Feature matching (Salimans et al. 2016): the squared distance between the
    /// mean discriminator features of real and generated batches.
    case featureMatching = "feature_matching"
}
