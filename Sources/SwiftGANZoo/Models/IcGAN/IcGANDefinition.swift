import SwiftGANNN

/// IcGAN: a conditional GAN (as `cgan`) with encoders for z and for the label.
public enum IcGANDefinition: ModelDefinition {
    public static let name = "icgan"
    public static let playerNames = IcGAN.playerNames
    public static let card = ModelCards.icgan
    public static var choices: [(key: String, values: [String])] { AdversarialChoices.of(section: name, excluded: [.relativisticAverage]) }
    public static let measures: [QualityMeasureKind] = [.classAccuracy, .encoder]

    public static func build(_ o: IcGANOptions, context: ModelContext) throws -> ModelBuild {
        let loss = try AdversarialLoss.named(o.loss, key: "icgan.loss", excluding: [.relativisticAverage])
        let classes = try LabeledData.classes(context.data, model: name)
        let networks = try AdversarialNetworks(
            o.networks, data: context.data, section: name, generatorInput: o.networks.latentDimension + classes,
            discriminatorInput: context.data.channels + classes)
        guard networks.architecture.name == "dcgan", let resolution = context.data.resolution else {
            throw ConfigurationError(key: "icgan.architecture", problem: "icgan's encoders are DCGAN bodies for images; use dcgan on image data")
        }
        let conditional = ConditionalGAN(
            generator: context.layer("generator", networks.generator), discriminator: context.layer("discriminator", networks.discriminator),
            latentDimension: o.networks.latentDimension, classCount: classes, loss: loss)
        let channels = context.data.channels
        func encoder(_ name: String, outputs: Int) -> any LayerModule {
            context.layer(name) { rng in DCGAN.discriminator(channels: channels, resolution: resolution, normalization: .batchNorm, outputs: outputs, generator: &rng) }
        }
        let model = IcGAN(conditional: conditional, encoderZ: encoder("encoder_z", outputs: o.networks.latentDimension), encoderY: encoder("encoder_y", outputs: classes))
        return ModelBuild(model: model, phases: model.phases(settings: TrainerSettings(criticSteps: o.networks.criticSteps)))
    }
}
