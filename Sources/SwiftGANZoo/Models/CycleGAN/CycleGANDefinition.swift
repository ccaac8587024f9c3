import SwiftGANKernels
import SwiftGANNN

/// CycleGAN of Zhu et al.: unpaired image-to-image translation with cycle consistency.
public enum CycleGANDefinition: ModelDefinition {
    public static let name = "cyclegan"
    public static let playerNames = ["generator_ab", "generator_ba", "discriminator_a", "discriminator_b"]
    public static let card = ModelCards.cyclegan
    public static let choices: [(key: String, values: [String])] = [
        ("cyclegan.generator", TranslatorNetworks.generators), ("cyclegan.discriminator", TranslatorNetworks.discriminators),
        ("cyclegan.norm", TranslationNorm.allCases.map(\.rawValue)), ("cyclegan.loss", AdversarialLoss.allCases.filter { $0 != .relativisticAverage }.map(\.rawValue)),
    ]

    public static func build(_ o: CycleGANOptions, context: ModelContext) throws -> ModelBuild {
        let (channelsA, channelsB, resolution) = try TranslationData.shape(context.data, model: name, pairing: .unpaired)
        let norm = try TranslationNorm.named(o.norm, key: "cyclegan.norm")
        let loss = try AdversarialLoss.named(o.loss, key: "cyclegan.loss", excluding: [.relativisticAverage])
        for (key, value) in [("cycle_weight_a", o.cycleWeightA), ("cycle_weight_b", o.cycleWeightB), ("identity_weight", o.identityWeight)] where !(value >= 0) {
            throw ConfigurationError(key: "cyclegan.\(key)", problem: "must not be negative, got \(value)")
        }
        if o.identityWeight > 0 && channelsA != channelsB {
            throw ConfigurationError(key: "cyclegan.identity_weight", problem: "the identity terms feed each domain's images to the other's generator, and A has \(channelsA) channels, B \(channelsB); set it to 0")
        }
        guard (0...10_000).contains(o.poolSize) else { throw ConfigurationError(key: "cyclegan.pool_size", problem: "must be from 0 to 10000, got \(o.poolSize)") }
        func generator(_ from: Int, _ to: Int) throws -> (inout RandomGenerator) -> any LayerModule {
            try TranslatorNetworks.generator(o.generator, key: "cyclegan.generator", inChannels: from, outChannels: to, width: o.generatorWidth, norm: norm, resolution: resolution)
        }
        func discriminator(_ channels: Int) throws -> (inout RandomGenerator) -> any LayerModule {
            try TranslatorNetworks.discriminator(
                o.discriminator, key: "cyclegan.discriminator", inChannels: channels, width: o.discriminatorWidth, layers: o.discriminatorLayers, norm: norm, resolution: resolution)
        }
        let (makeAB, makeBA, makeA, makeB) = (try generator(channelsA, channelsB), try generator(channelsB, channelsA), try discriminator(channelsA), try discriminator(channelsB))
        let model = CycleGAN(
            preview: TranslationPreview(configuration: context.configuration),
            generators: (context.layer("generator_ab", makeAB), context.layer("generator_ba", makeBA)),
            discriminators: (context.layer("discriminator_a", makeA), context.layer("discriminator_b", makeB)),
            loss: loss, cycleWeights: (o.cycleWeightA, o.cycleWeightB), identityWeight: o.identityWeight, poolSize: o.poolSize)
        return ModelBuild(model: model, phases: model.phases, extraStates: ["pool_a": model.pools.a, "pool_b": model.pools.b])
    }
}
