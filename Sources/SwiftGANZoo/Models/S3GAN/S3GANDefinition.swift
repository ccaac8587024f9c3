import SwiftGANData

/// S3GAN (Lucic et al. 2019, "High-Fidelity Image Generation With Fewer
/// Labels"): BigGAN whose discriminator carries a linear classifier head,
/// trained on the labeled share of the real images; its predictions label the
/// rest for the projection term; the rotation task of SS-GAN helps the features.
public enum S3GANDefinition: ModelDefinition {
    public static let name = "s3gan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.s3gan
    public static var choices: [(key: String, values: [String])] { BigGANFamily.choices(section: name) }
    public static let measures: [QualityMeasureKind] = [.classAccuracy, .labelingAccuracy]

    public static func build(_ o: S3GANOptions, context: ModelContext) throws -> ModelBuild {
        try RotationWeights.check(o.rotationWeight, o.generatorRotationWeight, section: name)
        try ConfigurationError.firstFailure(of: [
            ("orthogonal_weight", o.orthogonalWeight >= 0, "must not be negative"),
            ("labeled_fraction", o.labeledFraction > 0 && o.labeledFraction <= 1, "must be in (0, 1]"),
        ], prefix: name + ".")
        let variant = BigGANFamily.Variant(
            classes: try LabeledData.classes(context.data, model: name), hierarchical: o.hierarchical, orthogonalWeight: o.orthogonalWeight,
            rotationWeights: RotationWeights.pair(o.rotationWeight, o.generatorRotationWeight), labelsFromClassifier: true)
        return try BigGANFamily.build(o.networks, variant: variant, section: name, context: context)
    }

    /// The data with all but `labeled_fraction` of its labels hidden (-1): the
    /// same number kept per class, chosen by a fixed seed.
    public static func trainingData(_ data: any Dataset, options o: S3GANOptions, configuration: TrainingConfiguration) throws -> any Dataset {
        guard o.labeledFraction < 1 else { return data }
        guard let classes = data.classCount else { return data }
        let perClass = max(1, Int((Double(o.labeledFraction) * Double(data.count) / Double(classes)).rounded()))
        do {
            return try SemiSupervisedSplit(data, labeledPerClass: perClass, heldOut: 0, seed: 2024).training
        } catch let error as DataError {
            throw ConfigurationError(key: "s3gan.labeled_fraction", problem: "keeps \(perClass) labels per class, which \(configuration.dataset) cannot give: \(error.problem)")
        }
    }
}
