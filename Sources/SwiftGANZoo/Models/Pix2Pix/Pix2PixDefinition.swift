import SwiftGANNN

/// pix2pix of Isola et al.: paired image-to-image translation.
public enum Pix2PixDefinition: ModelDefinition {
    public static let name = "pix2pix"
    public static let playerNames = ["generator", "discriminator"]
    public static let card = ModelCards.pix2pix
    public static let choices: [(key: String, values: [String])] = [
        ("pix2pix.generator", TranslatorNetworks.generators), ("pix2pix.discriminator", TranslatorNetworks.discriminators),
        ("pix2pix.norm", TranslationNorm.allCases.map(\.rawValue)), ("pix2pix.loss", AdversarialChoices.lossNames(excluding: [.relativisticAverage])),
    ]

    public static func build(_ o: Pix2PixOptions, context: ModelContext) throws -> ModelBuild {
        let (inChannels, outChannels, resolution) = try TranslationData.shape(context.data, model: name, pairing: .paired)
        let norm = try TranslationNorm.named(o.norm, key: "pix2pix.norm")
        let loss = try AdversarialLoss.named(o.loss, key: "pix2pix.loss", excluding: [.relativisticAverage])
        try TranslatorNetworks.checkWeights([("l1_weight", o.l1Weight)], section: name)
        let makeGenerator = try TranslatorNetworks.generator(
            o.generator, key: "pix2pix.generator", inChannels: inChannels, outChannels: outChannels, width: o.generatorWidth, norm: norm, resolution: resolution)
        let makeDiscriminator = try TranslatorNetworks.multiscaleDiscriminator(
            o.discriminator, key: "pix2pix.discriminator", inChannels: inChannels + outChannels, width: o.discriminatorWidth,
            layers: o.discriminatorLayers, norm: norm, resolution: resolution, scales: 1)
        let model = PairedTranslator(
            preview: TranslationPreview(configuration: context.configuration), generator: context.layer("generator", makeGenerator),
            discriminator: context.network("discriminator", makeDiscriminator), loss: loss, l1Weight: o.l1Weight)
        return ModelBuild(model: model, phases: model.phases)
    }
}
