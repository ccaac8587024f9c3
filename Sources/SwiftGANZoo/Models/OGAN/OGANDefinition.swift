/// O-GAN: the discriminator's output vector is the encoder, through its correlation with z.
public enum OGANDefinition: ModelDefinition {
    public static let name = "ogan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.ogan
    public static var choices: [(key: String, values: [String])] { AdversarialChoices.of(section: name, excluded: [.relativisticAverage]) }
    public static let measures: [QualityMeasureKind] = [.encoder]

    public static func build(_ o: OGANOptions, context: ModelContext) throws -> ModelBuild {
        let loss = try AdversarialLoss.named(o.loss, key: "ogan.loss", excluding: [.relativisticAverage])
        guard o.correlationWeight >= 0 && o.correlationWeight.isFinite else { throw ConfigurationError(key: "ogan.correlation_weight", problem: "must not be negative") }
        guard o.networks.latentDimension > 1 else { throw ConfigurationError(key: "ogan.latent_dimension", problem: "must be at least 2 (a correlation over its values)") }
        let networks = try AdversarialNetworks(
            o.networks, data: context.data, section: name, generatorInput: o.networks.latentDimension, discriminatorOutputs: o.networks.latentDimension)
        let model = OGAN(
            generator: context.layer("generator", networks.generator), discriminator: context.layer("discriminator", networks.discriminator),
            latentDimension: o.networks.latentDimension, loss: loss, correlationWeight: o.correlationWeight)
        return AdversarialTraining.build(model, settings: TrainerSettings(criticSteps: o.networks.criticSteps))
    }
}
