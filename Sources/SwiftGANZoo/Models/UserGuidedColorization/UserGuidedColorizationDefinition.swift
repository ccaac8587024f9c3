/// Real-Time User-Guided Image Colorization with Learned Deep Priors of Zhang
/// et al. (2017): sparse color hints as input beside the lightness.
public enum UserGuidedColorizationDefinition: ModelDefinition {
    public static let name = "user_guided_colorization"
    public static let playerNames = ["generator"]
    public static let card = ModelCards.userGuidedColorization

    public static func build(_ o: UserGuidedColorizationOptions, context: ModelContext) throws -> ModelBuild {
        guard o.hintStopProbability > 0 && o.hintStopProbability <= 1 else {
            throw ConfigurationError(key: "user_guided_colorization.hint_stop_probability", problem: "must be in (0, 1], got \(o.hintStopProbability)")
        }
        return try ColorizationBuild.colorizer(
            context, model: name, width: o.width, key: "user_guided_colorization.width", jittersColors: o.jitterColors, hintStopProbability: o.hintStopProbability
        ) {
            HintColorizationNetwork(width: o.width, generator: &$0)
        }
    }
}
