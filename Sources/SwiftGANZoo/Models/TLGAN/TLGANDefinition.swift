import SwiftGANData

/// TL-GAN: an unconditional GAN on `shapes` and the latent directions of the
/// shapes factors regressed from the shapes classifier's readings of its
/// samples (`LatentDirections`), measured by the edits they make and walked by `swiftgan edit`.
public enum TLGANDefinition: ModelDefinition {
    public static let name = "tlgan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.tlgan
    public static var choices: [(key: String, values: [String])] { AdversarialChoices.of(section: name, excluded: [.relativisticAverage]) }
    public static let measures: [QualityMeasureKind] = [.latentDirections]

    public static func build(_ o: TLGANOptions, context: ModelContext) throws -> ModelBuild {
        let loss = try AdversarialLoss.named(o.loss, key: "tlgan.loss", excluding: [.relativisticAverage])
        let others = LatentDirections.attributes.count - 1 + ShapeFactor.shape.levels
        guard o.networks.latentDimension > others else {
            throw ConfigurationError(key: "tlgan.latent_dimension", problem: "must exceed \(others), the other attributes' weights each direction is made orthogonal to")
        }
        let augment = try DiffAugment.configured(o.diffAugment, key: "tlgan.diff_augment", data: context.data)
        let networks = try AdversarialNetworks(o.networks, data: context.data, section: name, generatorInput: o.networks.latentDimension)
        let model = StandardGAN(
            generator: context.layer("generator", networks.generator), discriminator: context.layer("discriminator", networks.discriminator),
            latentDimension: o.networks.latentDimension, loss: loss, augment: augment)
        return AdversarialTraining.build(model, settings: TrainerSettings(criticSteps: o.networks.criticSteps))
    }
}
