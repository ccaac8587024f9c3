/// StyleGAN2 (Karras et al. 2020): modulated and demodulated convolutions,
/// the skip generator and residual discriminator, lazy R1 and path-length
/// regularization, style mixing, truncation in W.
public enum StyleGAN2Definition: ModelDefinition {
    public static let name = "stylegan2"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.stylegan2
    public static var measures: [QualityMeasureKind] { [.styleMixing] }

    public static func build(_ options: StyleGAN2Options, context: ModelContext) throws -> ModelBuild {
        let resolution = try context.doublingResolution(for: name)
        let o = options.networks
        try ConfigurationError.firstFailure(of: o.checks + [
            ("path_length_weight", options.pathLengthWeight >= 0, "must not be negative"),
            ("path_length_interval", options.pathLengthInterval > 0, "must be positive"),
        ], prefix: "stylegan2.")
        try o.checkBatch(context.configuration.batchSize, model: name)
        let widths = StageWidths(resolution: resolution, width: o.width, minimum: o.minimumWidth)
        let channels = context.data.channels
        let g = context.network("generator") { rng in
            StyleGAN2Generator(
                latent: o.latentDimension, style: o.styleDimension, mappingLayers: o.mappingLayers, mappingLRMultiplier: o.mappingLearningRate,
                channels: channels, widths: widths, generator: &rng)
        }
        let d = context.network("discriminator") { rng in StyleGAN2Discriminator(channels: channels, widths: widths, groupSize: o.groupSize, generator: &rng) }
        let model = StyleBasedGAN(generator: g, discriminator: d, options: o.training(
            pathLengthWeight: options.pathLengthWeight, pathLengthInterval: options.pathLengthInterval))
        return model.modelBuild()
    }
}
