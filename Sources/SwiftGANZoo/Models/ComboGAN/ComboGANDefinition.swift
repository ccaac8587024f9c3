import SwiftGANKernels
import SwiftGANNN

/// ComboGAN of Anoosheh et al.: translation among many domains by an encoder and a decoder per domain, combined freely.
public enum ComboGANDefinition: ModelDefinition {
    public static let name = "combogan"
    public static let playerNames = ["generators", "discriminators"]
    public static let card = ModelCards.combogan
    public static let measures: [QualityMeasureKind] = [.attributeEdits]
    public static let choices = CoupledNetworkOptions.choices(section: name)

    public static func build(_ o: ComboGANOptions, context: ModelContext) throws -> ModelBuild {
        let data = context.data
        let (resolution, classes) = try AttributeData.labeledImages(data, model: "ComboGAN", does: "translates labeled images among their domains (labels)", suggested: "shapes_hues")
        let domains = AttributeData.domains(dataset: context.configuration.dataset, classes: classes)
        guard domains.groups.count == 1, (2...16).contains(domains.count) else {
            throw ConfigurationError(key: "dataset", problem: "ComboGAN keeps an encoder and a decoder per domain and takes 2 to 16 domains of one attribute; \(context.configuration.dataset) has \(domains.count) in \(domains.groups.count) groups (shapes_hues has 8)")
        }
        guard resolution % 4 == 0 else { throw ConfigurationError(key: "data.resolution", problem: "ComboGAN's code is a quarter of the image side, which must be a multiple of 4, got \(resolution)") }
        let norm = try TranslationNorm.named(o.norm, key: "combogan.norm")
        let loss = try AdversarialLoss.named(o.loss, key: "combogan.loss", excluding: [.relativisticAverage])
        try TranslatorNetworks.checkWidth(o.generatorWidth, key: "combogan.generator_width")
        guard (0...32).contains(o.blocks) else { throw ConfigurationError(key: "combogan.blocks", problem: "must be from 0 to 32, got \(o.blocks)") }
        try TranslatorNetworks.checkWeights([("cycle_weight", o.cycleWeight), ("code_weight", o.codeWeight)], section: name)
        let channels = data.channels
        let makeCritic = try TranslatorNetworks.discriminator(
            o.discriminator, key: "combogan.discriminator", inChannels: channels, width: o.discriminatorWidth, layers: o.discriminatorLayers, norm: norm, resolution: resolution)
        let coders = context.network("generators") { DomainCoders(domains: domains.count, channels: channels, width: o.generatorWidth, blocks: o.blocks, norm: norm, generator: &$0) }
        let critics = context.network("discriminators") { random in DomainCritics(critics: (0..<domains.count).map { _ in makeCritic(&random) }) }
        let model = ComboGAN(
            preview: TranslationPreview(configuration: context.configuration), domains: domains, coders: coders, critics: critics, loss: loss,
            weights: (o.cycleWeight, o.codeWeight))
        return ModelBuild(model: model, phases: model.phases)
    }
}
