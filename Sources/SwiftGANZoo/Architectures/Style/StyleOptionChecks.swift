/// The checks of the keys every style-based model's section shares
/// (StyleGAN, StyleGAN2), for `ConfigurationError.firstFailure`.
enum StyleOptionChecks {
    static func common(
        latent: Int, style: Int, mappingLayers: Int, mappingLearningRate: Float, width: Int, minimumWidth: Int,
        styleMixing: Float, r1Gamma: Float, r1Interval: Int
    ) -> [(String, Bool, String)] {
        let limit = ConfigurationLimits.width
        return [
            ("latent_dimension", (1...limit).contains(latent), "must be from 1 to \(limit)"),
            ("style_dimension", (1...limit).contains(style), "must be from 1 to \(limit)"),
            ("mapping_layers", (1...ConfigurationLimits.layers).contains(mappingLayers), "must be from 1 to \(ConfigurationLimits.layers)"),
            ("mapping_learning_rate", mappingLearningRate > 0 && mappingLearningRate <= 1, "must be in (0, 1]"),
            ("width", (1...limit).contains(width), "must be from 1 to \(limit)"),
            ("minimum_width", (1...width).contains(minimumWidth), "must be from 1 to width (\(width))"),
            ("style_mixing", (0...1).contains(styleMixing), "must be in [0, 1]"),
            ("r1_gamma", r1Gamma >= 0, "must not be negative"),
            ("r1_interval", r1Interval > 0, "must be positive"),
        ]
    }

    /// The critic's minibatch standard deviation works on groups of 4.
    static func checkBatch(_ batch: Int, model: String) throws {
        if batch > 4 && batch % 4 != 0 {
            throw ConfigurationError(key: "batch_size", problem: "\(model)'s minibatch standard deviation works on groups of 4; use a multiple of 4, got \(batch)")
        }
    }
}
