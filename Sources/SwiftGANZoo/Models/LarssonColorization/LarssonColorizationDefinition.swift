/// Learning Representations for Automatic Colorization of Larsson et al.:
/// hypercolumns per pixel, predicting histograms of hue and chroma.
public enum LarssonColorizationDefinition: ModelDefinition {
    public static let name = "larsson_colorization"
    public static let playerNames = ["generator"]
    public static let card = ModelCards.larssonColorization

    public static func build(_ o: LarssonColorizationOptions, context: ModelContext) throws -> ModelBuild {
        try RestorationBuild.check(o.hidden, key: "larsson_colorization.hidden", minimum: 1)
        try RestorationBuild.check(o.bins, key: "larsson_colorization.bins", minimum: 2)
        guard o.hueWeight >= 0 else { throw ConfigurationError(key: "larsson_colorization.hue_weight", problem: "must not be negative, got \(o.hueWeight)") }
        return try ColorizationBuild.colorizer(context, model: name, width: o.width, key: "larsson_colorization.width") {
            HypercolumnColorizationNetwork(width: o.width, hidden: o.hidden, histograms: HueChromaHistograms(bins: o.bins), hueWeight: o.hueWeight, generator: &$0)
        }
    }
}
