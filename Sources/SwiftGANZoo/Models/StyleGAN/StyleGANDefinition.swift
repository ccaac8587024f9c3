/// StyleGAN (Karras et al. 2019): the mapping network, a learned constant,
/// AdaIN at every layer, per-channel noise, style mixing, truncation in W;
/// ProGAN's critic at full resolution, the non-saturating loss with R1.
public enum StyleGANDefinition: ModelDefinition {
    public static let name = "stylegan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.stylegan
    public static var measures: [QualityMeasureKind] { [.styleMixing] }

    public static func build(_ options: StyleGANOptions, context: ModelContext) throws -> ModelBuild {
        let resolution = try context.doublingResolution(for: name)
        let o = options.networks
        try ConfigurationError.firstFailure(of: o.checks, prefix: "stylegan.")
        try o.checkBatch(context.configuration.batchSize, model: name)
        let widths = StageWidths(resolution: resolution, width: o.width, minimum: o.minimumWidth)
        let channels = context.data.channels
        let g = context.network("generator") { rng in
            StyleGANGenerator(
                latent: o.latentDimension, style: o.styleDimension, mappingLayers: o.mappingLayers, mappingLRMultiplier: o.mappingLearningRate,
                channels: channels, widths: widths, generator: &rng)
        }
        let d = context.network("discriminator") { rng in
            ProGANDiscriminator(channels: channels, widths: widths, groupSize: o.groupSize, growth: ProGANGrowth(stages: widths.stages.count), generator: &rng)
        }
        let model = StyleBasedGAN(generator: g, discriminator: d, options: o.training())
        return model.modelBuild()
    }
}
