/// ProGAN (Karras et al. 2018): progressive growing from 4x4 with fade-in,
/// pixel norm, the minibatch standard deviation, equalized learning rates,
/// WGAN-GP with the drift term; Adam's moments restart at every new resolution.
public enum ProGANDefinition: ModelDefinition {
    public static let name = "progan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.progan

    public static func build(_ o: ProGANOptions, context: ModelContext) throws -> ModelBuild {
        let resolution = try context.doublingResolution(for: name)
        let width = ConfigurationLimits.width, c = context.configuration
        let widths = StageWidths(resolution: resolution, width: o.width, minimum: o.minimumWidth)
        let stages = widths.stages.count
        let checks: [(String, Bool, String)] = [
            ("latent_dimension", (1...width).contains(o.latentDimension), "must be from 1 to \(width)"),
            ("width", (1...width).contains(o.width), "must be from 1 to \(width)"),
            ("minimum_width", (1...o.width).contains(o.minimumWidth), "must be from 1 to width (\(o.width))"),
            ("stage_images", o.stageImages >= c.batchSize, "must be at least one batch (\(c.batchSize) images)"),
            ("fade_images", (0...o.stageImages).contains(o.fadeImages), "must be from 0 to stage_images (\(o.stageImages))"),
            ("gradient_penalty", o.gradientPenalty >= 0, "must not be negative"),
            ("drift", o.drift >= 0, "must not be negative"),
            ("group_size", o.groupSize > 0 && c.batchSize % min(o.groupSize, c.batchSize) == 0, "must be positive and divide batch_size (\(c.batchSize))"),
        ]
        try ConfigurationError.firstFailure(of: checks, prefix: "progan.")
        let lastStart = (stages - 1) * (o.stageImages / c.batchSize)
        if c.steps <= lastStart {
            throw ConfigurationError(key: "steps", problem: "progan reaches \(resolution)x\(resolution) at step \(lastStart) (\(stages) stages of progan.stage_images \(o.stageImages) at batch \(c.batchSize)); give more steps or fewer stage_images, got \(c.steps)")
        }
        let growth = ProGANGrowth(stages: stages)
        let channels = context.data.channels
        let g = context.network("generator") { rng in ProGANGenerator(latent: o.latentDimension, channels: channels, widths: widths, growth: growth, generator: &rng) }
        let d = context.network("discriminator") { rng in
            ProGANDiscriminator(channels: channels, widths: widths, groupSize: o.groupSize, growth: growth, generator: &rng)
        }
        let model = ProGAN(generator: g, discriminator: d, options: o, growth: growth)
        let schedule = growth.schedule(stageImages: o.stageImages, fadeImages: o.fadeImages, batch: c.batchSize)
        let build = AdversarialTraining.build(model, settings: TrainerSettings(criticSteps: 1))
        return ModelBuild(model: model, phases: build.phases, growth: schedule) { step, players in
            guard step > 0, schedule.stageStarts.contains(step) else { return }
            for player in players { player.optimizer.resetMoments() }
        }
    }
}
