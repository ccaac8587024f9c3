import SwiftGANKernels
import SwiftGANNN

/// The Domain Transfer Network of Taigman et al.: one-way translation through a fixed encoder with f-constancy.
public enum DTNDefinition: ModelDefinition {
    public static let name = "dtn"
    public static let playerNames = ["encoder", "generator", "discriminator"]
    public static let card = ModelCards.dtn

    public static func build(_ o: DTNOptions, context: ModelContext) throws -> ModelBuild {
        let (channelsA, channelsB, resolution) = try TranslationData.shape(context.data, model: name, pairing: .unpaired)
        guard let classes = context.data.classCount else {
            throw ConfigurationError(key: "dataset", problem: "DTN's encoder learns the source domain's labels; \(context.configuration.dataset) has none")
        }
        guard resolution >= 8, resolution & (resolution - 1) == 0 else {
            throw ConfigurationError(key: "data.resolution", problem: "DTN's networks halve and double between 4x4 and the image side, which must be a power of two from 8, got \(resolution)")
        }
        guard channelsA == channelsB || channelsA == 1 || channelsB == 1 else {
            throw ConfigurationError(key: "dataset", problem: "DTN's encoder reads both domains, so one must be gray or both alike; A has \(channelsA) channels, B \(channelsB)")
        }
        for (key, width) in [("encoder_width", o.encoderWidth), ("generator_width", o.generatorWidth), ("discriminator_width", o.discriminatorWidth), ("features", o.features)] {
            try TranslatorNetworks.checkWidth(width, key: "dtn.\(key)")
        }
        guard o.encoderSteps >= 1, o.encoderSteps < context.configuration.steps else {
            throw ConfigurationError(key: "dtn.encoder_steps", problem: "must be at least 1 and fewer than the \(context.configuration.steps) steps, so that translation trains, got \(o.encoderSteps)")
        }
        try TranslatorNetworks.checkWeights(
            [("constancy_weight", o.constancyWeight), ("identity_weight", o.identityWeight), ("total_variation_weight", o.totalVariationWeight)], section: name)
        let encoder = context.network("encoder") {
            DTNEncoder(channels: channelsA, width: o.encoderWidth, features: o.features, classes: classes, resolution: resolution, generator: &$0)
        }
        let decoder = context.network("generator") { DTNDecoder(features: o.features, width: o.generatorWidth, channels: channelsB, resolution: resolution, generator: &$0) }
        let discriminator = context.network("discriminator") { DTNDiscriminator(channels: channelsB, width: o.discriminatorWidth, resolution: resolution, generator: &$0) }
        let model = DomainTransferNetwork(
            preview: TranslationPreview(configuration: context.configuration), encoder: encoder, decoder: decoder, discriminator: discriminator,
            weights: (o.constancyWeight, o.identityWeight, o.totalVariationWeight), encoderSteps: o.encoderSteps)
        return ModelBuild(model: model, phases: model.phases)
    }
}
