import SwiftGANKernels
import SwiftGANNN

/// UNIT of Liu et al.: unpaired translation through a shared latent space of two coupled VAE-GANs.
public enum UNITDefinition: ModelDefinition {
    public static let name = "unit"
    public static let playerNames = ["generator", "discriminator_a", "discriminator_b"]
    public static let card = ModelCards.unit
    public static let choices: [(key: String, values: [String])] = [
        ("unit.discriminator", TranslatorNetworks.discriminators), ("unit.norm", TranslationNorm.allCases.map(\.rawValue)),
        ("unit.loss", AdversarialChoices.lossNames(excluding: [.relativisticAverage])),
    ]

    public static func build(_ o: UNITOptions, context: ModelContext) throws -> ModelBuild {
        let (channelsA, channelsB, resolution) = try TranslationData.shape(context.data, model: name, pairing: .unpaired)
        let norm = try TranslationNorm.named(o.norm, key: "unit.norm")
        let loss = try AdversarialLoss.named(o.loss, key: "unit.loss", excluding: [.relativisticAverage])
        guard resolution % 4 == 0 else { throw ConfigurationError(key: "data.resolution", problem: "UNIT's code is a quarter of the image side, which must be a multiple of 4, got \(resolution)") }
        try TranslatorNetworks.checkWidth(o.generatorWidth, key: "unit.generator_width")
        guard (0...32).contains(o.blocks) else { throw ConfigurationError(key: "unit.blocks", problem: "must be from 0 to 32, got \(o.blocks)") }
        let weights = UNITWeights(adversarial: o.adversarialWeight, reconstruction: o.reconstructionWeight, kl: o.klWeight, cycle: o.cycleWeight, klCycle: o.klCycleWeight)
        try TranslatorNetworks.checkWeights(
            [("adversarial_weight", weights.adversarial), ("reconstruction_weight", weights.reconstruction), ("kl_weight", weights.kl),
             ("cycle_weight", weights.cycle), ("kl_cycle_weight", weights.klCycle)], section: name)
        func discriminator(_ channels: Int) throws -> (inout RandomGenerator) -> PatchDiscriminator {
            try TranslatorNetworks.discriminator(
                o.discriminator, key: "unit.discriminator", inChannels: channels, width: o.discriminatorWidth, layers: o.discriminatorLayers, norm: norm, resolution: resolution)
        }
        let (makeA, makeB) = (try discriminator(channelsA), try discriminator(channelsB))
        let generator = context.network("generator") { UNITGenerator(channels: (channelsA, channelsB), width: o.generatorWidth, blocks: o.blocks, norm: norm, generator: &$0) }
        let model = UNIT(
            preview: TranslationPreview(configuration: context.configuration), generator: generator,
            discriminators: (context.network("discriminator_a", makeA), context.network("discriminator_b", makeB)), loss: loss, weights: weights)
        return ModelBuild(model: model, phases: model.phases)
    }
}
