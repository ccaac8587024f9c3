import SwiftGANKernels
import SwiftGANNN

/// StarGAN of Choi et al.: one generator for translation among many domains, conditioned on the target's attributes.
public enum StarGANDefinition: ModelDefinition {
    public static let name = "stargan"
    public static let playerNames = ["generator", "discriminator"]
    public static let card = ModelCards.stargan
    public static let measures: [QualityMeasureKind] = [.attributeEdits]
    public static let choices: [(key: String, values: [String])] = [("stargan.loss", AdversarialChoices.lossNames(excluding: [.relativisticAverage]))]

    public static func build(_ o: StarGANOptions, context: ModelContext) throws -> ModelBuild {
        let data = context.data
        let (resolution, classes) = try AttributeData.labeledImages(data, model: "StarGAN", does: "translates labeled images among their domains (labels)", suggested: "shapes_attributes")
        guard resolution >= 8, resolution & (resolution - 1) == 0 else {
            throw ConfigurationError(key: "data.resolution", problem: "StarGAN's discriminator halves the image side to 4x4, which needs a power of two from 8, got \(resolution)")
        }
        let loss = try AdversarialLoss.named(o.loss, key: "stargan.loss", excluding: [.relativisticAverage])
        try TranslatorNetworks.checkWidth(o.generatorWidth, key: "stargan.generator_width")
        try TranslatorNetworks.checkWidth(o.discriminatorWidth, key: "stargan.discriminator_width")
        guard (0...32).contains(o.blocks) else { throw ConfigurationError(key: "stargan.blocks", problem: "must be from 0 to 32, got \(o.blocks)") }
        guard (1...100).contains(o.criticSteps) else { throw ConfigurationError(key: "stargan.critic_steps", problem: "must be from 1 to 100, got \(o.criticSteps)") }
        try TranslatorNetworks.checkWeights(
            [("gradient_penalty_weight", o.gradientPenaltyWeight), ("classification_weight", o.classificationWeight), ("reconstruction_weight", o.reconstructionWeight)],
            section: name)
        let domains = AttributeData.domains(dataset: context.configuration.dataset, classes: classes)
        let channels = data.channels
        let generator = context.layer("generator") {
            StarGANGenerator(channels: channels, codeLength: domains.codeLength, width: o.generatorWidth, blocks: o.blocks, generator: &$0)
        }
        let discriminator = context.network("discriminator") {
            StarGANDiscriminator(channels: channels, width: o.discriminatorWidth, resolution: resolution, codeLength: domains.codeLength, generator: &$0)
        }
        let model = StarGAN(
            preview: TranslationPreview(configuration: context.configuration), domains: domains, generator: generator, discriminator: discriminator, loss: loss,
            penalty: o.gradientPenaltyWeight > 0 ? .wganGP(weight: o.gradientPenaltyWeight) : nil,
            weights: (o.classificationWeight, o.reconstructionWeight), criticSteps: o.criticSteps)
        return ModelBuild(model: model, phases: model.phases)
    }
}
