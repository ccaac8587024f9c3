/// Colorful image colorization of Zhang et al.: a distribution over quantized
/// ab cells per pixel, class rebalancing, annealed-mean decoding.
public enum ZhangColorizationDefinition: ModelDefinition {
    public static let name = "zhang_colorization"
    public static let playerNames = ["generator"]
    public static let card = ModelCards.zhangColorization

    public static func build(_ o: ZhangColorizationOptions, context: ModelContext) throws -> ModelBuild {
        guard o.temperature > 0 else { throw ConfigurationError(key: "zhang_colorization.temperature", problem: "must be positive, got \(o.temperature)") }
        guard (0...1).contains(o.rebalancingMix) else { throw ConfigurationError(key: "zhang_colorization.rebalancing_mix", problem: "must be in [0, 1], got \(o.rebalancingMix)") }
        return try ColorizationBuild.colorizer(context, model: name, width: o.width, key: "zhang_colorization.width") {
            ClassColorizationNetwork(width: o.width, bins: .standard, temperature: o.temperature, mixing: o.rebalancingMix, generator: &$0)
        }
    }
}
