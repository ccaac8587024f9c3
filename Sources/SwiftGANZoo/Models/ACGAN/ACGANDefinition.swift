/// The auxiliary-classifier GAN of Odena et al.: D also predicts the class.
public enum ACGANDefinition: ModelDefinition {
    public static let name = "acgan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.acgan
    public static var choices: [(key: String, values: [String])] { AdversarialChoices.of(section: name, excluded: [.relativisticAverage]) }
    public static let measures: [QualityMeasureKind] = [.classAccuracy]

    public static func build(_ o: ACGANOptions, context: ModelContext) throws -> ModelBuild {
        let loss = try AdversarialLoss.named(o.loss, key: "acgan.loss", excluding: [.relativisticAverage])
        guard o.classWeight >= 0 else { throw ConfigurationError(key: "acgan.class_weight", problem: "must not be negative") }
        let classes = try LabeledData.classes(context.data, model: name)
        let networks = try AdversarialNetworks(
            o.networks, data: context.data, section: name, generatorInput: o.networks.latentDimension + classes, discriminatorOutputs: 1 + classes)
        let model = ACGAN(
            generator: context.layer("generator", networks.generator), discriminator: context.layer("discriminator", networks.discriminator),
            latentDimension: o.networks.latentDimension, classCount: classes, loss: loss, classWeight: o.classWeight)
        return AdversarialTraining.build(model, settings: TrainerSettings(criticSteps: o.networks.criticSteps))
    }
}
