/// The conditional GAN of Mirza & Osindero: labels as one-hot input to G and extra planes (or features) to D.
public enum CGANDefinition: ModelDefinition {
    public static let name = "cgan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.cgan
    public static var choices: [(key: String, values: [String])] { AdversarialChoices.of(section: name) }
    public static let measures: [QualityMeasureKind] = [.classAccuracy]

    public static func build(_ o: CGANOptions, context: ModelContext) throws -> ModelBuild {
        let loss = try AdversarialLoss.named(o.loss, key: "cgan.loss")
        let classes = try LabeledData.classes(context.data, model: name)
        let networks = try AdversarialNetworks(
            o.networks, data: context.data, section: name, generatorInput: o.networks.latentDimension + classes,
            discriminatorInput: context.data.channels + classes)
        let model = ConditionalGAN(
            generator: context.layer("generator", networks.generator), discriminator: context.layer("discriminator", networks.discriminator),
            latentDimension: o.networks.latentDimension, classCount: classes, loss: loss)
        return AdversarialTraining.build(model, settings: TrainerSettings(criticSteps: o.networks.criticSteps))
    }
}
