/// StyleGAN (Karras et al. 2019): the mapping network, a learned constant,
/// AdaIN at every layer, per-channel noise, style mixing, truncation in W;
/// ProGAN's critic at full resolution, the non-saturating loss with R1.
public enum StyleGANDefinition: ModelDefinition {
    public static let name = "stylegan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.stylegan
    public static var measures: [QualityMeasureKind] { [.styleMixing] }

    public static func build(_ o: StyleGANOptions, context: ModelContext) throws -> ModelBuild {
        let resolution = try context.doublingResolution(for: name)
        let checks = StyleOptionChecks.common(
            latent: o.latentDimension, style: o.styleDimension, mappingLayers: o.mappingLayers, mappingLearningRate: o.mappingLearningRate,
            width: o.width, minimumWidth: o.minimumWidth, styleMixing: o.styleMixing, r1Gamma: o.r1Gamma, r1Interval: o.r1Interval)
        try ConfigurationError.firstFailure(of: checks, prefix: "stylegan.")
        try StyleOptionChecks.checkBatch(context.configuration.batchSize, model: name)
        let widths = StageWidths(resolution: resolution, width: o.width, minimum: o.minimumWidth)
        let channels = context.data.channels
        let g = context.network("generator") { rng in
            StyleGANGenerator(
                latent: o.latentDimension, style: o.styleDimension, mappingLayers: o.mappingLayers, mappingLRMultiplier: o.mappingLearningRate,
                channels: channels, widths: widths, generator: &rng)
        }
        let d = context.network("discriminator") { rng in
            ProGANDiscriminator(channels: channels, widths: widths, groupSize: 4, growth: ProGANGrowth(stages: widths.stages.count), generator: &rng)
        }
        let model = StyleBasedGAN(generator: g, discriminator: d, options: StyleTraining(
            latentDimension: o.latentDimension, styleMixing: o.styleMixing, r1Gamma: o.r1Gamma, r1Interval: o.r1Interval))
        return ModelBuild(model: model, phases: model.phases())
    }
}
