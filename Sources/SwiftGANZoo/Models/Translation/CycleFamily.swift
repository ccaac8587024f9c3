import SwiftGANKernels
import SwiftGANNN

/// What the cycle-consistent translators (CycleGAN, DiscoGAN, DualGAN)
/// are built from: their options as one set of settings, checked and made
/// into a `CycleConsistentTranslator` with its four players.
struct CycleFamily {
    static let playerNames = ["generator_ab", "generator_ba", "discriminator_a", "discriminator_b"]

    var generator: String, discriminator: String, discriminatorLayers: Int, norm: String
    var generatorWidth: Int, discriminatorWidth: Int, loss: String
    var cycleWeights: (a: Float, b: Float), identityWeight: Float, poolSize: Int
    var reconstruction = ReconstructionDistance.l1, criticSteps = 1, clip: Float?

    /// The text keys' values, for the model pages, under `section`.
    static func choices(section: String) -> [(key: String, values: [String])] {
        [
            (section + ".generator", TranslatorNetworks.generators), (section + ".discriminator", TranslatorNetworks.discriminators),
            (section + ".norm", TranslationNorm.allCases.map(\.rawValue)), (section + ".loss", AdversarialChoices.lossNames(excluding: [.relativisticAverage])),
        ]
    }

    /// The model for `context`'s data; errors name keys under `section`.
    func build(section: String, context: ModelContext) throws -> ModelBuild {
        let (channelsA, channelsB, resolution) = try TranslationData.shape(context.data, model: section, pairing: .unpaired)
        let norm = try TranslationNorm.named(self.norm, key: "\(section).norm")
        let loss = try AdversarialLoss.named(self.loss, key: "\(section).loss", excluding: [.relativisticAverage])
        try TranslatorNetworks.checkWeights([("cycle_weight_a", cycleWeights.a), ("cycle_weight_b", cycleWeights.b), ("identity_weight", identityWeight)], section: section)
        if identityWeight > 0 && channelsA != channelsB {
            throw ConfigurationError(key: "\(section).identity_weight", problem: "the identity terms feed each domain's images to the other's generator, and A has \(channelsA) channels, B \(channelsB); set it to 0")
        }
        guard (0...10_000).contains(poolSize) else { throw ConfigurationError(key: "\(section).pool_size", problem: "must be from 0 to 10000, got \(poolSize)") }
        guard (1...100).contains(criticSteps) else { throw ConfigurationError(key: "\(section).critic_steps", problem: "must be from 1 to 100, got \(criticSteps)") }
        if let clip, !(clip > 0) { throw ConfigurationError(key: "\(section).weight_clip", problem: "must be positive, got \(clip)") }
        func generator(_ from: Int, _ to: Int) throws -> (inout RandomGenerator) -> any LayerModule {
            try TranslatorNetworks.generator(self.generator, key: "\(section).generator", inChannels: from, outChannels: to, width: generatorWidth, norm: norm, resolution: resolution)
        }
        func discriminator(_ channels: Int) throws -> (inout RandomGenerator) -> PatchDiscriminator {
            try TranslatorNetworks.discriminator(
                self.discriminator, key: "\(section).discriminator", inChannels: channels, width: discriminatorWidth, layers: discriminatorLayers, norm: norm, resolution: resolution)
        }
        let (makeAB, makeBA, makeA, makeB) = (try generator(channelsA, channelsB), try generator(channelsB, channelsA), try discriminator(channelsA), try discriminator(channelsB))
        let model = CycleConsistentTranslator(
            preview: TranslationPreview(configuration: context.configuration),
            generators: (context.layer("generator_ab", makeAB), context.layer("generator_ba", makeBA)),
            discriminators: (context.network("discriminator_a", makeA), context.network("discriminator_b", makeB)),
            loss: loss, cycleWeights: cycleWeights, identityWeight: identityWeight, poolSize: poolSize,
            reconstruction: reconstruction, criticSteps: criticSteps, clip: clip)
        return ModelBuild(model: model, phases: model.phases, extraStates: ["pool_a": model.pools.a, "pool_b": model.pools.b])
    }
}
