/// BEGAN (Berthelot et al.): an autoencoder discriminator, the k_t balance and the convergence measure.
public enum BEGANDefinition: ModelDefinition {
    public static let name = "began"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.began
    public static var choices: [(key: String, values: [String])] { AdversarialChoices.of(section: name, losses: false) }

    public static func build(_ o: BEGANOptions, context: ModelContext) throws -> ModelBuild {
        if o.networks.discriminatorNormalization != nil {
            throw ConfigurationError(key: "began.discriminator_normalization", problem: "began's discriminator is an autoencoder with its own layers; remove the key")
        }
        if o.networks.minibatchDiscrimination {
            throw ConfigurationError(key: "began.minibatch_discrimination", problem: "is available in the mlp and dcgan discriminators, not in began's autoencoder")
        }
        guard o.gamma > 0 && o.gamma <= 1 else { throw ConfigurationError(key: "began.gamma", problem: "must be in (0, 1]") }
        guard o.kLearningRate >= 0 else { throw ConfigurationError(key: "began.k_learning_rate", problem: "must not be negative") }
        let networks = try AdversarialNetworks(o.networks, data: context.data, section: name, generatorInput: o.networks.latentDimension)
        let data = context.data, hidden = o.networks.hidden
        let g = context.layer("generator", networks.generator)
        let d = context.network("discriminator") { rng in
            BEGANDiscriminator(autoencoder: data.isPoints
                ? BEGANAutoencoder.mlp(input: data.channels, hidden: hidden, generator: &rng)
                : BEGANAutoencoder.convolutional(channels: data.channels, resolution: data.resolution!, generator: &rng))
        }
        let model = BEGAN(generator: g, discriminator: d, latentDimension: o.networks.latentDimension, gamma: o.gamma, kLearningRate: o.kLearningRate)
        return AdversarialTraining.build(model, settings: TrainerSettings(criticSteps: o.networks.criticSteps))
    }
}
