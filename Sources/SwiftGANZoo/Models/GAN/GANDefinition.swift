import SwiftGANData

/// The unconditional GAN: Goodfellow et al.'s GAN and the Level 1 methods
/// that are configurations of it (DCGAN, LSGAN, WGAN, WGAN-GP, DRAGAN, SNGAN,
/// RaGAN, R1, and the improved techniques).
public enum GANDefinition: ModelDefinition {
    public static let name = "gan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.gan
    public static var choices: [(key: String, values: [String])] { AdversarialChoices.of(section: name, penalties: true) }

    public static func build(_ o: GANOptions, context: ModelContext) throws -> ModelBuild {
        let loss = try AdversarialLoss.named(o.loss, key: "gan.loss")
        let penalty = try GradientPenalty.named(o.penalty, weight: o.penaltyWeight, key: "gan.penalty")
        let batchSize = context.configuration.batchSize
        let checks: [(String, Bool, String)] = [
            ("penalty_weight", o.penaltyWeight >= 0, "must not be negative"),
            ("regularization_interval", o.regularizationInterval > 0, "must be positive"),
            ("weight_clip", o.weightClip.map { $0 > 0 } ?? true, "must be positive"),
            ("label_smoothing", (0..<1).contains(o.labelSmoothing), "must be in [0, 1)"),
            ("instance_noise", o.instanceNoise >= 0, "must not be negative"),
            ("packing", o.packing > 0 && batchSize % o.packing == 0, "must be positive and divide batch_size \(batchSize)"),
        ]
        try ConfigurationError.firstFailure(of: checks, prefix: "gan.")
        let augment = try DiffAugment.configured(o.diffAugment, key: "gan.diff_augment", data: context.data)
        let networks = try AdversarialNetworks(
            o.networks, data: context.data, section: "gan", generatorInput: o.networks.latentDimension,
            discriminatorInput: context.data.channels * o.packing, penalized: penalty != nil)
        if o.featureMatching && !networks.architecture.isLayered {
            throw ConfigurationError(
                key: "gan.feature_matching", problem: "needs the layered discriminator of mlp or dcgan (its features are all layers but the last); \(networks.architecture.name) has none")
        }
        let g = context.layer("generator", networks.generator)
        let d = context.layer("discriminator", networks.discriminator)
        let model = StandardGAN(
            generator: g, discriminator: d, latentDimension: o.networks.latentDimension, loss: loss, penalty: penalty, weightClip: o.weightClip,
            realTarget: 1 - o.labelSmoothing, instanceNoise: o.instanceNoise, instanceNoiseSteps: context.configuration.steps, augment: augment,
            packing: o.packing, generatorObjective: o.featureMatching ? .featureMatching : .adversarial)
        let settings = TrainerSettings(criticSteps: o.networks.criticSteps, regularizationInterval: o.regularizationInterval)
        return AdversarialTraining.build(model, settings: settings)
    }
}
