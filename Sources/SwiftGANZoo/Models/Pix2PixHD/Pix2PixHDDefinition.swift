import SwiftGANNN

/// pix2pixHD of Wang et al.: coarse-to-fine generator, multi-scale discriminators, feature matching.
public enum Pix2PixHDDefinition: ModelDefinition {
    public static let name = "pix2pixhd"
    public static let playerNames = ["generator", "discriminator"]
    public static let card = ModelCards.pix2pixHD
    public static let choices: [(key: String, values: [String])] = [
        ("pix2pixhd.norm", TranslationNorm.allCases.map(\.rawValue)), ("pix2pixhd.loss", AdversarialChoices.lossNames(excluding: [.relativisticAverage])),
    ]

    public static func build(_ o: Pix2PixHDOptions, context: ModelContext) throws -> ModelBuild {
        let (inChannels, outChannels, resolution) = try TranslationData.shape(context.data, model: name, pairing: .paired)
        let norm = try TranslationNorm.named(o.norm, key: "pix2pixhd.norm")
        let loss = try AdversarialLoss.named(o.loss, key: "pix2pixhd.loss", excluding: [.relativisticAverage])
        guard resolution % 8 == 0 else { throw ConfigurationError(key: "data.resolution", problem: "pix2pixHD halves the image three times and needs a multiple of 8, got \(resolution)") }
        guard (1...1_024).contains(o.generatorWidth) else { throw ConfigurationError(key: "pix2pixhd.generator_width", problem: "must be from 1 to 1024, got \(o.generatorWidth)") }
        for (key, value) in [("global_blocks", o.globalBlocks), ("local_blocks", o.localBlocks)] where !(0...32).contains(value) {
            throw ConfigurationError(key: "pix2pixhd.\(key)", problem: "must be from 0 to 32, got \(value)")
        }
        try TranslatorNetworks.checkWeights([("feature_matching_weight", o.featureMatchingWeight), ("l1_weight", o.l1Weight)], section: name)
        let makeDiscriminator = try TranslatorNetworks.multiscaleDiscriminator(
            "n_layers", key: "pix2pixhd.discriminator", inChannels: inChannels + outChannels, width: o.discriminatorWidth,
            layers: o.discriminatorLayers, norm: norm, resolution: resolution, scales: o.discriminatorScales)
        let generator = context.layer("generator") { [o] in
            CoarseToFineGenerator(inChannels: inChannels, outChannels: outChannels, width: o.generatorWidth, globalBlocks: o.globalBlocks, localBlocks: o.localBlocks, norm: norm, generator: &$0)
        }
        let model = PairedTranslator(
            preview: TranslationPreview(configuration: context.configuration), generator: generator,
            discriminator: context.network("discriminator", makeDiscriminator), loss: loss, l1Weight: o.l1Weight,
            featureMatchingWeight: o.featureMatchingWeight, featureLayerWeight: 4 / Float(o.discriminatorLayers + 1))
        return ModelBuild(model: model, phases: model.phases)
    }
}
