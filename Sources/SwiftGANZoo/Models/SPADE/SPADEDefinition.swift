import SwiftGANNN

/// SPADE (GauGAN) of Park et al.: semantic image synthesis with spatially-adaptive normalization.
public enum SPADEDefinition: ModelDefinition {
    public static let name = "spade"
    public static let playerNames = ["generator", "discriminator"]
    public static let card = ModelCards.spade
    public static let choices: [(key: String, values: [String])] = [
        ("spade.norm", ["batch", "instance"]), ("spade.discriminator_norm", ["instance", "none"]),
        ("spade.loss", AdversarialChoices.lossNames(excluding: [.relativisticAverage])),
    ]

    public static func build(_ o: SPADEOptions, context: ModelContext) throws -> ModelBuild {
        let (inChannels, outChannels, resolution) = try TranslationData.shape(context.data, model: name, pairing: .paired)
        let norm = try TranslationNorm.named(o.norm, key: "spade.norm")
        guard norm != .none else { throw ConfigurationError(key: "spade.norm", problem: "SPADE modulates a normalization; choose batch or instance") }
        let discriminatorNorm = try TranslationNorm.named(o.discriminatorNorm, key: "spade.discriminator_norm")
        let loss = try AdversarialLoss.named(o.loss, key: "spade.loss", excluding: [.relativisticAverage])
        guard resolution % 16 == 0 else { throw ConfigurationError(key: "data.resolution", problem: "SPADE starts from 1/16 of the image and needs a multiple of 16, got \(resolution)") }
        for (key, value) in [("generator_width", o.generatorWidth), ("hidden", o.hidden)] where !(1...1_024).contains(value) {
            throw ConfigurationError(key: "spade.\(key)", problem: "must be from 1 to 1024, got \(value)")
        }
        try TranslatorNetworks.checkWeights([("feature_matching_weight", o.featureMatchingWeight), ("l1_weight", o.l1Weight)], section: name)
        let makeDiscriminator = try TranslatorNetworks.multiscaleDiscriminator(
            "n_layers", key: "spade.discriminator", inChannels: inChannels + outChannels, width: o.discriminatorWidth,
            layers: o.discriminatorLayers, norm: discriminatorNorm, resolution: resolution, scales: o.discriminatorScales)
        let generator = context.layer("generator") { [o] in
            SPADEGenerator(labelChannels: inChannels, outChannels: outChannels, width: o.generatorWidth, hidden: o.hidden, norm: norm, generator: &$0)
        }
        let model = PairedTranslator(
            preview: TranslationPreview(configuration: context.configuration), generator: generator,
            discriminator: context.network("discriminator", makeDiscriminator), loss: loss, l1Weight: o.l1Weight,
            featureMatchingWeight: o.featureMatchingWeight)
        return ModelBuild(model: model, phases: model.phases)
    }
}
