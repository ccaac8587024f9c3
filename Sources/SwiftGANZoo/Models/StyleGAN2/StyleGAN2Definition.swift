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
        let width = ConfigurationLimits.width, batch = context.configuration.batchSize
        let checks: [(String, Bool, String)] = [
            ("latent_dimension", (1...width).contains(o.latentDimension), "must be from 1 to \(width)"),
            ("style_dimension", (1...width).contains(o.styleDimension), "must be from 1 to \(width)"),
            ("mapping_layers", (1...ConfigurationLimits.layers).contains(o.mappingLayers), "must be from 1 to \(ConfigurationLimits.layers)"),
            ("mapping_learning_rate", o.mappingLearningRate > 0 && o.mappingLearningRate <= 1, "must be in (0, 1]"),
            ("width", (1...width).contains(o.width), "must be from 1 to \(width)"),
            ("minimum_width", (1...o.width).contains(o.minimumWidth), "must be from 1 to width (\(o.width))"),
            ("style_mixing", (0...1).contains(o.styleMixing), "must be in [0, 1]"),
            ("r1_gamma", o.r1Gamma >= 0, "must not be negative"),
            ("r1_interval", o.r1Interval > 0, "must be positive"),
            ("path_length_weight", o.pathLengthWeight >= 0, "must not be negative"),
            ("path_length_interval", o.pathLengthInterval > 0, "must be positive"),
        ]
        try ConfigurationError.firstFailure(of: checks, prefix: "stylegan2.")
        if batch > 4 && batch % 4 != 0 {
            throw ConfigurationError(key: "batch_size", problem: "stylegan2's minibatch standard deviation works on groups of 4; use a multiple of 4, got \(batch)")
        }
        let widths = StageWidths(resolution: resolution, width: o.width, minimum: o.minimumWidth)
        let channels = context.data.channels
        let g = context.network("generator") { rng in
            StyleGAN2Generator(
                latent: o.latentDimension, style: o.styleDimension, mappingLayers: o.mappingLayers, mappingLRMultiplier: o.mappingLearningRate,
                channels: channels, widths: widths, generator: &rng)
        }
        let d = context.network("discriminator") { rng in StyleGAN2Discriminator(channels: channels, widths: widths, generator: &rng) }
        let model = StyleGAN2(generator: g, discriminator: d, options: o)
        return ModelBuild(model: model, phases: model.phases())
    }
}
