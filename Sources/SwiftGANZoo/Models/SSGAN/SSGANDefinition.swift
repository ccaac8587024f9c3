import SwiftGANData

/// The semi-supervised GAN (Salimans et al.): D is a K-class classifier, real/fake from its logsumexp.
public enum SSGANDefinition: ModelDefinition {
    public static let name = "ssgan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.ssgan
    public static var choices: [(key: String, values: [String])] { AdversarialChoices.of(section: name, losses: false) }
    public static let measures: [QualityMeasureKind] = [.heldOutAccuracy]

    public static func build(_ o: SSGANOptions, context: ModelContext) throws -> ModelBuild {
        let checks: [(String, Bool, String)] = [
            ("labeled_per_class", o.labeledPerClass.map { $0 > 0 } ?? true, "must be positive"),
            ("held_out", o.heldOut >= 0, "must not be negative"),
            ("unsupervised_weight", o.unsupervisedWeight >= 0, "must not be negative"),
        ]
        try ConfigurationError.firstFailure(of: checks, prefix: "ssgan.")
        let classes = try LabeledData.classes(context.data, model: name)
        let networks = try AdversarialNetworks(
            o.networks, data: context.data, section: name, generatorInput: o.networks.latentDimension, discriminatorOutputs: classes)
        let model = SemiSupervisedGAN(
            generator: context.layer("generator", networks.generator), discriminator: context.layer("discriminator", networks.discriminator),
            latentDimension: o.networks.latentDimension, classCount: classes, unsupervisedWeight: o.unsupervisedWeight)
        return AdversarialTraining.build(model, settings: TrainerSettings(criticSteps: o.networks.criticSteps))
    }

    /// With `labeled_per_class`, the fixed split that keeps that many labels
    /// per class and holds `held_out` examples out (built-in labeled data only).
    public static func trainingData(_ data: any Dataset, options o: SSGANOptions, configuration: TrainingConfiguration) throws -> any Dataset {
        guard let labeledPerClass = o.labeledPerClass else { return data }
        guard !["folder", "npy"].contains(configuration.dataset) else {
            throw ConfigurationError(key: "ssgan.labeled_per_class", problem: "semi-supervised splits are made of the built-in labeled datasets (mnist); remove it for \(configuration.dataset)")
        }
        guard o.heldOut > 0 && o.heldOut < data.count else {
            throw ConfigurationError(key: "ssgan.held_out", problem: "must be in 1..<\(data.count) (the examples of \(configuration.dataset)), got \(o.heldOut)")
        }
        return try split(data, labeledPerClass: labeledPerClass, heldOut: o.heldOut).training
    }

    /// The fixed split of semi-supervised runs (seed 2024, as the MNIST classifier's held-out digits).
    public static func split(_ dataset: any Dataset, labeledPerClass: Int, heldOut: Int) throws -> SemiSupervisedSplit {
        try SemiSupervisedSplit(dataset, labeledPerClass: labeledPerClass, heldOut: heldOut, seed: 2024)
    }
}
