/// Let there be color! of Iizuka et al.: local and global image features
/// fused, a and b regressed, and a classification head learned jointly.
public enum IizukaColorizationDefinition: ModelDefinition {
    public static let name = "iizuka_colorization"
    public static let playerNames = ["generator"]
    public static let card = ModelCards.iizukaColorization

    public static func build(_ o: IizukaColorizationOptions, context: ModelContext) throws -> ModelBuild {
        guard o.classificationWeight >= 0 else {
            throw ConfigurationError(key: "iizuka_colorization.classification_weight", problem: "must not be negative, got \(o.classificationWeight)")
        }
        let classes = context.data.classCount ?? 0
        return try ColorizationBuild.colorizer(context, model: name, width: o.width, key: "iizuka_colorization.width") {
            FusionColorizationNetwork(width: o.width, classes: classes, classificationWeight: o.classificationWeight, generator: &$0)
        }
    }
}
