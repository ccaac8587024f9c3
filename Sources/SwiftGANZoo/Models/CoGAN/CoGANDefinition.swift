import SwiftGANKernels

/// Coupled GANs of Liu and Tuzel: a pair of GANs sharing their high-level layers.
public enum CoGANDefinition: ModelDefinition {
    public static let name = "cogan"
    public static let playerNames = ["generator", "discriminator"]
    public static let card = ModelCards.cogan
    public static let measures: [QualityMeasureKind] = [.coupledPairs]
    public static let choices: [(key: String, values: [String])] = [("cogan.loss", AdversarialChoices.lossNames(excluding: [.relativisticAverage]))]

    public static func build(_ o: CoGANOptions, context: ModelContext) throws -> ModelBuild {
        let (channelsA, channelsB, resolution) = try TranslationData.shape(context.data, model: name, pairing: .unpaired)
        let loss = try AdversarialLoss.named(o.loss, key: "cogan.loss", excluding: [.relativisticAverage])
        guard resolution >= 8, resolution & (resolution - 1) == 0 else {
            throw ConfigurationError(key: "data.resolution", problem: "CoGAN's networks double from 4x4 and need a power of two from 8, got \(resolution)")
        }
        guard (1...4_096).contains(o.latentDimension) else { throw ConfigurationError(key: "cogan.latent_dimension", problem: "must be from 1 to 4096, got \(o.latentDimension)") }
        guard (1...512).contains(o.width) else { throw ConfigurationError(key: "cogan.width", problem: "must be from 1 to 512, got \(o.width)") }
        let generator = context.network("generator") { CoupledGenerator(latent: o.latentDimension, width: o.width, channels: (channelsA, channelsB), resolution: resolution, generator: &$0) }
        let discriminator = context.network("discriminator") { CoupledDiscriminator(width: o.width, channels: (channelsA, channelsB), resolution: resolution, generator: &$0) }
        let model = CoGAN(generator: generator, discriminator: discriminator, latentDimension: o.latentDimension, loss: loss)
        return ModelBuild(model: model, phases: model.phases)
    }
}
