/// R3GAN (Huang et al. 2024): the relativistic pairing loss with R1 and R2,
/// its modernized ResNets, and the cosine schedules of learning rate, β2, γ
/// and the moving average's half-life.
public enum R3GANDefinition: ModelDefinition {
    public static let name = "r3gan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.r3gan

    public static func build(_ o: R3GANOptions, context: ModelContext) throws -> ModelBuild {
        let resolution = try context.doublingResolution(for: name)
        let width = ConfigurationLimits.width
        let checks: [(String, Bool, String)] = [
            ("latent_dimension", (1...width).contains(o.latentDimension), "must be from 1 to \(width)"),
            ("width", (1...width).contains(o.width), "must be from 1 to \(width)"),
            ("minimum_width", (1...o.width).contains(o.minimumWidth), "must be from 1 to width (\(o.width))"),
            ("blocks_per_stage", (1...8).contains(o.blocksPerStage), "must be from 1 to 8"),
            ("expansion", (1...8).contains(o.expansion), "must be from 1 to 8"),
            ("group_size", o.groupSize > 0 && StageWidths(resolution: resolution, width: o.width, minimum: o.minimumWidth).stages.allSatisfy { $0 * o.expansion % o.groupSize == 0 },
             "must divide every stage's inner width (width times expansion)"),
            ("gamma", o.gamma >= 0 && o.gammaEnd >= 0, "and gamma_end must not be negative"),
            ("learning_rate_end", o.learningRateEnd > 0, "must be positive"),
            ("beta2_end", (0..<1).contains(o.beta2End), "must be in [0, 1)"),
            ("decay_steps", o.decaySteps >= 0, "must not be negative (0: the run's steps)"),
        ]
        try ConfigurationError.firstFailure(of: checks, prefix: "r3gan.")
        let c = context.configuration
        if c.optimizer.learningRateDecay {
            throw ConfigurationError(key: "optimizer.learning_rate_decay", problem: "r3gan decays the learning rate on its own cosine (r3gan.learning_rate_end); remove the key")
        }
        let widths = StageWidths(resolution: resolution, width: o.width, minimum: o.minimumWidth)
        let channels = context.data.channels
        let g = context.layer("generator") { rng in
            R3GANGenerator(latent: o.latentDimension, channels: channels, widths: widths, blocksPerStage: o.blocksPerStage, expansion: o.expansion, groupSize: o.groupSize, generator: &rng)
        }
        let d = context.layer("discriminator") { rng in
            R3GANDiscriminator(channels: channels, widths: widths, blocksPerStage: o.blocksPerStage, expansion: o.expansion, groupSize: o.groupSize, generator: &rng)
        }
        let steps = o.decaySteps > 0 ? o.decaySteps : max(1, c.steps)
        let model = R3GAN(generator: g, discriminator: d, latentDimension: o.latentDimension) { step in
            Float(R3GANSchedule.cosine(Double(o.gamma), Double(o.gammaEnd), step: step, steps: steps))
        }
        let schedule = R3GANSchedule(
            steps: steps,
            starts: Dictionary(uniqueKeysWithValues: playerNames.map { name in
                (name, (c.player(name).learningRate ?? c.optimizer.learningRate, c.player(name).beta2 ?? c.optimizer.beta2))
            }),
            halfLives: playerNames.reduce(into: [:]) { lives, name in lives[name] = c.player(name).emaHalfLife },
            learningRateEnd: o.learningRateEnd, beta2End: o.beta2End)
        let build = AdversarialTraining.build(model, settings: TrainerSettings(criticSteps: 1))
        return ModelBuild(model: build.model, phases: build.phases, stepSchedule: schedule.apply)
    }
}
