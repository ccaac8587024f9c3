/// InfoGAN (Chen et al.): categorical and continuous codes recovered by a Q head sharing D's body.
public enum InfoGANDefinition: ModelDefinition {
    public static let name = "infogan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.infogan
    public static var choices: [(key: String, values: [String])] { AdversarialChoices.of(section: name, excluded: [.relativisticAverage]) }
    public static let measures: [QualityMeasureKind] = [.codePurity]

    public static func build(_ o: InfoGANOptions, context: ModelContext) throws -> ModelBuild {
        let loss = try AdversarialLoss.named(o.loss, key: "infogan.loss", excluding: [.relativisticAverage])
        let checks: [(String, Bool, String)] = [
            ("continuous_codes", (0...ConfigurationLimits.width).contains(o.continuousCodes), "must be from 0 to \(ConfigurationLimits.width)"),
            ("info_weight", o.infoWeight >= 0, "must not be negative"),
            ("info_continuous_weight", o.infoContinuousWeight >= 0, "must not be negative"),
        ]
        try ConfigurationError.firstFailure(of: checks, prefix: "infogan.")
        let categories = context.data.classCount ?? 10
        let networks = try AdversarialNetworks(
            o.networks, data: context.data, section: name, generatorInput: o.networks.latentDimension + o.continuousCodes + categories,
            discriminatorOutputs: 1 + categories + o.continuousCodes, allowsInfoGANNetworks: true)
        let model = InfoGAN(
            generator: context.layer("generator", networks.generator), discriminator: context.layer("discriminator", networks.discriminator),
            noiseDimension: o.networks.latentDimension, categories: categories, continuousCodes: o.continuousCodes, loss: loss,
            infoWeight: o.infoWeight, continuousWeight: o.infoContinuousWeight)
        return AdversarialTraining.build(model, settings: TrainerSettings(criticSteps: o.networks.criticSteps))
    }
}
