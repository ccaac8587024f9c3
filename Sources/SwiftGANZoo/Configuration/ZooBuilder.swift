import SwiftGANData
import SwiftGANKernels
import SwiftGANNN
import SwiftGANOptim

/// Turns a configuration into a ready trainer, refusing unknown names and
/// incompatible combinations before anything trains, with a message that
/// names the key and says what to change.
public enum ZooBuilder {
    static let models = ZooCatalog.models.map(\.name)
    static let architectures = ZooCatalog.architectures.map(\.name)
    static let penalties = ZooCatalog.penalties.map(\.name)
    static let optimizers = ["adam", "rmsprop", "sgd"]

    /// A trainer for `configuration`, its data loader starting at `position`.
    public static func trainer(for c: TrainingConfiguration, startingAt position: LoaderPosition = LoaderPosition()) throws -> Trainer {
        try validateNumbers(c)
        guard models.contains(c.model) else { throw ConfigurationError.unknown("model", c.model, allowed: models) }
        guard let loss = AdversarialLoss(rawValue: c.loss) else {
            throw ConfigurationError.unknown("loss", c.loss, allowed: AdversarialLoss.allCases.map(\.rawValue))
        }
        let penalty = try makePenalty(c)
        if c.labeledPerClass != nil && c.model != "ssgan" {
            throw ConfigurationError(key: "labeled_per_class", problem: "hides labels for the semi-supervised ssgan model; remove it for \(c.model)")
        }
        let data = try ZooDataset.make(c, seed: c.seed &+ 1)
        let architecture = c.architecture ?? (data.isPoints ? "mlp" : "dcgan28")
        try check(architecture: architecture, data: data, c)
        let normalization = try discriminatorNormalization(c, architecture: architecture, hasPenalty: penalty != nil)
        try checkMinibatchDiscrimination(c, architecture: architecture, hasPenalty: penalty != nil)
        let augment = try c.diffAugment.map { policy -> DiffAugment in
            guard let parsed = DiffAugment(policy: policy) else {
                throw ConfigurationError(key: "diff_augment", problem: "unknown policy '\(policy)'; use a comma-separated list of color, translation, cutout")
            }
            return parsed
        }
        if ["cgan", "acgan", "ssgan"].contains(c.model) && data.classCount == nil {
            throw ConfigurationError(key: "model", problem: "\(c.model) needs a labeled dataset and \(c.dataset) has no labels; choose gan or infogan, or a labeled dataset")
        }
        if c.model != "gan" && (c.packing > 1 || c.featureMatching || penalty != nil) {
            throw ConfigurationError(key: "model", problem: "packing, feature_matching and penalty are available for the gan model only")
        }
        if (c.model == "acgan" || c.model == "infogan") && loss == .relativisticAverage {
            throw ConfigurationError(key: "loss", problem: "\(c.model) does not support relativistic_average; choose another loss")
        }
        var rng = RandomGenerator(seed: c.seed)
        let networks = ZooNetworks(configuration: c, data: data, architecture: architecture, normalization: normalization)
        let model = networks.model(loss: loss, penalty: penalty, augment: augment, generator: &rng)
        let loader = try DataLoader(data.dataset, batchSize: c.batchSize, normalize: !data.isPoints, seed: c.seed &+ 2, startingAt: position)
        var average: ExponentialMovingAverage?
        if let beta = c.emaBeta {
            var copyRNG = RandomGenerator(seed: c.seed &+ 3)
            let copy = model.generator.copy { networks.generatorNetwork(generator: &copyRNG) }
            average = ExponentialMovingAverage(target: copy, decay: .beta(beta))
        }
        let trainer = Trainer(
            model: model, loader: loader,
            generatorOptimizer: makeOptimizer(c, model.generator.parameters(), learningRate: c.generatorLearningRate),
            discriminatorOptimizer: makeOptimizer(c, model.discriminator.parameters(), learningRate: c.discriminatorLearningRate),
            settings: TrainerSettings(criticSteps: c.criticSteps, regularizationInterval: c.regularizationInterval),
            average: average, seed: c.seed &+ 4)
        if c.historicalAveraging > 0 {
            trainer.generatorHistory = HistoricalAveraging(weight: c.historicalAveraging)
            trainer.discriminatorHistory = HistoricalAveraging(weight: c.historicalAveraging)
        }
        if c.learningRateDecay {
            trainer.generatorSchedule = LinearDecaySchedule(base: c.generatorLearningRate, from: c.steps / 2, to: c.steps, finalFactor: 0.05)
            trainer.discriminatorSchedule = LinearDecaySchedule(base: c.discriminatorLearningRate, from: c.steps / 2, to: c.steps, finalFactor: 0.05)
        }
        return trainer
    }

    static func validateNumbers(_ c: TrainingConfiguration) throws {
        let checks: [(String, Bool, String)] = [
            ("batch_size", (1...maximumBatchSize).contains(c.batchSize), "must be from 1 to \(maximumBatchSize)"),
            ("steps", (1...maximumSteps).contains(c.steps), "must be from 1 to \(maximumSteps)"),
            ("latent_dimension", (1...maximumWidth).contains(c.latentDimension), "must be from 1 to \(maximumWidth)"),
            ("hidden", (1...maximumWidth).contains(c.hidden), "must be from 1 to \(maximumWidth)"),
            ("layers", (1...maximumLayers).contains(c.layers), "must be from 1 to \(maximumLayers)"),
            ("critic_steps", (1...maximumCriticSteps).contains(c.criticSteps), "must be from 1 to \(maximumCriticSteps)"),
            ("regularization_interval", c.regularizationInterval > 0, "must be positive"),
            ("generator_learning_rate", c.generatorLearningRate > 0, "must be positive"),
            ("discriminator_learning_rate", c.discriminatorLearningRate > 0, "must be positive"),
            ("beta1", (0..<1).contains(c.beta1), "must be in [0, 1)"),
            ("beta2", (0..<1).contains(c.beta2), "must be in [0, 1)"),
            ("penalty_weight", c.penaltyWeight >= 0, "must not be negative"),
            ("weight_clip", c.weightClip.map { $0 > 0 } ?? true, "must be positive"),
            ("label_smoothing", (0..<1).contains(c.labelSmoothing), "must be in [0, 1)"),
            ("instance_noise", c.instanceNoise >= 0, "must not be negative"),
            ("packing", c.packing > 0 && c.batchSize % c.packing == 0, "must be positive and divide batch_size \(c.batchSize)"),
            ("ema_beta", c.emaBeta.map { (0..<1).contains($0) } ?? true, "must be in [0, 1)"),
            ("continuous_codes", (0...maximumWidth).contains(c.continuousCodes), "must be from 0 to \(maximumWidth)"),
            ("historical_averaging", c.historicalAveraging >= 0, "must not be negative"),
            ("labeled_per_class", c.labeledPerClass.map { $0 > 0 } ?? true, "must be positive"),
            ("held_out", c.heldOut >= 0, "must not be negative"),
            ("info_weight", c.infoWeight >= 0, "must not be negative"),
            ("info_continuous_weight", c.infoContinuousWeight >= 0, "must not be negative"),
            ("channels", [1, 3].contains(c.channels), "must be 1 or 3"),
            ("threads", c.threads.map { (1...maximumThreads).contains($0) } ?? true, "must be from 1 to \(maximumThreads)"),
            ("log_every", c.logEvery > 0, "must be positive"),
            ("sample_every", c.sampleEvery > 0, "must be positive"),
            ("checkpoint_every", c.checkpointEvery > 0, "must be positive"),
            ("keep_checkpoints", c.keepCheckpoints > 0, "must be positive"),
        ]
        for (key, ok, problem) in checks where !ok { throw ConfigurationError(key: key, problem: problem) }
    }

    /// Bounds that keep a typing slip (`batch_size: 6400000`) from taking all
    /// memory before the first step: far above any setting that trains on one machine.
    static let maximumBatchSize = 65_536
    static let maximumWidth = 4_096
    static let maximumLayers = 256
    static let maximumCriticSteps = 1_000
    static let maximumSteps = 1_000_000_000
    static let maximumThreads = 1_024

    static func makePenalty(_ c: TrainingConfiguration) throws -> GradientPenalty? {
        guard let name = c.penalty else { return nil }
        switch name {
        case "wgan_gp": return .wganGP(weight: c.penaltyWeight)
        case "dragan": return .dragan(weight: c.penaltyWeight)
        case "r1": return .r1(gamma: c.penaltyWeight)
        case "r2": return .r2(gamma: c.penaltyWeight)
        default: throw ConfigurationError.unknown("penalty", name, allowed: penalties)
        }
    }

    static func check(architecture: String, data: ZooDataset, _ c: TrainingConfiguration) throws {
        guard architectures.contains(architecture) else { throw ConfigurationError.unknown("architecture", architecture, allowed: architectures) }
        if architecture == "mlp" && !data.isPoints {
            throw ConfigurationError(key: "architecture", problem: "mlp is for 2-D points and \(c.dataset) has images \(data.sampleShape); use dcgan28")
        }
        if architecture != "mlp" && (data.isPoints || Array(data.sampleShape.suffix(2)) != [28, 28]) {
            throw ConfigurationError(key: "architecture", problem: "\(architecture) needs 28x28 images and \(c.dataset) has samples of shape \(data.sampleShape); use mlp")
        }
        if c.featureMatching && !layeredDiscriminators.contains(architecture) {
            throw ConfigurationError(key: "feature_matching", problem: "needs the layered discriminator of mlp or dcgan28 (its features are all layers but the last); \(architecture) has none")
        }
        if architecture == "infogan28" && c.model != "infogan" {
            throw ConfigurationError(key: "architecture", problem: "infogan28 has InfoGAN's Q head and is for the infogan model; use dcgan28 for \(c.model)")
        }
    }

    /// The architectures whose discriminator is a `Sequential` of layers, where
    /// feature matching reads features and minibatch discrimination is inserted.
    static let layeredDiscriminators = ["mlp", "dcgan28"]

    /// The discriminators' normalizations by architecture, the first being the architecture's own.
    static let normalizations: [String: [DiscriminatorNormalization]] = [
        "mlp": [.none, .spectralNorm], "dcgan28": [.batchNorm, .none, .layerNorm, .spectralNorm],
        "resnet28": [.spectralNorm, .none], "infogan28": [.batchNorm],
    ]

    /// The discriminator's normalization: the one configured, when the architecture
    /// offers it and it suits the penalty, else the architecture's own (none
    /// for dcgan28 under a gradient penalty).
    static func discriminatorNormalization(_ c: TrainingConfiguration, architecture: String, hasPenalty: Bool) throws -> DiscriminatorNormalization {
        let offered = normalizations[architecture] ?? [.none]
        guard let name = c.discriminatorNormalization else { return hasPenalty && offered[0] == .batchNorm ? .none : offered[0] }
        guard let chosen = DiscriminatorNormalization(rawValue: name) else {
            throw ConfigurationError.unknown("discriminator_normalization", name, allowed: DiscriminatorNormalization.allCases.map(\.rawValue))
        }
        if c.model == "began" {
            throw ConfigurationError(key: "discriminator_normalization", problem: "began's discriminator is an autoencoder with its own layers; remove the key")
        }
        guard offered.contains(chosen) else {
            throw ConfigurationError(
                key: "discriminator_normalization", problem: "\(architecture) offers \(offered.map(\.rawValue).joined(separator: ", ")), not \(name)")
        }
        if chosen == .batchNorm && hasPenalty {
            throw ConfigurationError(
                key: "discriminator_normalization",
                problem: "batch_norm couples the samples a gradient penalty treats one by one; choose none, layer_norm or spectral_norm, or drop the penalty")
        }
        return chosen
    }

    static func checkMinibatchDiscrimination(_ c: TrainingConfiguration, architecture: String, hasPenalty: Bool) throws {
        guard c.minibatchDiscrimination else { return }
        guard layeredDiscriminators.contains(architecture) && c.model != "began" else {
            throw ConfigurationError(key: "minibatch_discrimination", problem: "is available in the mlp and dcgan28 discriminators, not in \(c.model == "began" ? "began's autoencoder" : architecture)")
        }
        if hasPenalty {
            throw ConfigurationError(
                key: "minibatch_discrimination", problem: "compares the samples of a batch, which a gradient penalty treats one by one; drop one of the two")
        }
    }

    static func makeOptimizer(_ c: TrainingConfiguration, _ parameters: [Parameter], learningRate: Float) -> any Optimizer {
        switch c.optimizer {
        case "rmsprop": return RMSProp(parameters, learningRate: learningRate)
        case "sgd": return SGD(parameters, learningRate: learningRate, momentum: c.beta1)
        default: return Adam(parameters, learningRate: learningRate, betas: (c.beta1, c.beta2))
        }
    }
}
