/// SAGAN (Zhang et al. 2019): self-attention in both players, spectral norm
/// in both, the hinge loss and TTUR (the players' learning rates).
public enum SAGANDefinition: ModelDefinition {
    public static let name = "sagan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.sagan
    public static var choices: [(key: String, values: [String])] { BigGANFamily.choices(section: name) }

    public static func build(_ o: SAGANOptions, context: ModelContext) throws -> ModelBuild {
        let classes = o.conditional ? try LabeledData.classes(context.data, model: name) : nil
        return try BigGANFamily.build(o.networks, variant: .init(classes: classes), section: name, context: context)
    }
}
