/// SS-GAN (Chen et al. 2019, "Self-Supervised GANs via Auxiliary Rotation
/// Loss"): D also predicts by how many quarter turns a real image was
/// rotated; G is asked for samples whose rotation D can tell.
public enum SelfSupervisedGANDefinition: ModelDefinition {
    public static let name = "self_supervised_gan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.selfSupervisedGAN
    public static var choices: [(key: String, values: [String])] { BigGANFamily.choices(section: name) }

    public static func build(_ o: SelfSupervisedGANOptions, context: ModelContext) throws -> ModelBuild {
        try RotationWeights.check(o.rotationWeight, o.generatorRotationWeight, section: name)
        let weights = RotationWeights.pair(o.rotationWeight, o.generatorRotationWeight)
        return try BigGANFamily.build(o.networks, variant: .init(rotationWeights: weights), section: name, context: context)
    }
}
