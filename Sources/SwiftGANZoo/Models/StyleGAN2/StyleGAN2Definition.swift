/// StyleGAN2 (Karras et al. 2020): modulated and demodulated convolutions,
/// the skip generator and residual discriminator, lazy R1 and path-length
/// regularization, style mixing, truncation in W.
public enum StyleGAN2Definition: ModelDefinition {
    public static let name = "stylegan2"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.stylegan2
    public static var measures: [QualityMeasureKind] { [.styleMixing] }

    public static func build(_ o: StyleGAN2Options, context: ModelContext) throws -> ModelBuild {
        let resolution = try context.doublingResolution(for: name)
        let checks = StyleOptionChecks.common(
            latent: o.latentDimension, style: o.styleDimension, mappingLayers: o.mappingLayers, mappingLearningRate: o.mappingLearningRate,
            width: o.width, minimumWidth: o.minimumWidth, styleMixing: o.styleMixing, r1Gamma: o.r1Gamma, r1Interval: o.r1Interval
        ) + [
            ("path_length_weight", o.pathLengthWeight >= 0, "must not be negative"),
            ("path_length_interval", o.pathLengthInterval > 0, "must be positive"),
        ]
        try ConfigurationError.firstFailure(of: checks, prefix: "stylegan2.")
        try StyleOptionChecks.checkBatch(context.configuration.batchSize, model: name)
        let widths = StageWidths(resolution: resolution, width: o.width, minimum: o.minimumWidth)
        let channels = context.data.channels
        let g = context.network("generator") { rng in
            StyleGAN2Generator(
                latent: o.latentDimension, style: o.styleDimension, mappingLayers: o.mappingLayers, mappingLRMultiplier: o.mappingLearningRate,
                channels: channels, widths: widths, generator: &rng)
        }
        let d = context.network("discriminator") { rng in StyleGAN2Discriminator(channels: channels, widths: widths, generator: &rng) }
        let model = StyleBasedGAN(generator: g, discriminator: d, options: StyleTraining(
            latentDimension: o.latentDimension, styleMixing: o.styleMixing, r1Gamma: o.r1Gamma, r1Interval: o.r1Interval,
            pathLengthWeight: o.pathLengthWeight, pathLengthInterval: o.pathLengthInterval))
        return ModelBuild(model: model, phases: model.phases())
    }
}
