/// BigGAN (Brock et al. 2019): class-conditional BatchNorm from a shared
/// embedding, a hierarchical latent, a projection discriminator, orthogonal
/// regularization, self-attention and spectral norm in both players; EMA and
/// the truncation trick from the shared `players:` keys and `--truncation`.
public enum BigGANDefinition: ModelDefinition {
    public static let name = "biggan"
    public static let playerNames = AdversarialTraining.playerNames
    public static let card = ModelCards.biggan
    public static var choices: [(key: String, values: [String])] { BigGANFamily.choices(section: name) }
    public static let measures: [QualityMeasureKind] = [.classAccuracy]

    public static func build(_ o: BigGANOptions, context: ModelContext) throws -> ModelBuild {
        guard o.orthogonalWeight >= 0 else { throw ConfigurationError(key: "biggan.orthogonal_weight", problem: "must not be negative") }
        let variant = BigGANFamily.Variant(
            classes: try LabeledData.classes(context.data, model: name), hierarchical: o.hierarchical, orthogonalWeight: o.orthogonalWeight)
        return try BigGANFamily.build(o.networks, variant: variant, section: name, context: context)
    }
}
