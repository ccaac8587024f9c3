/// Noise2Noise of Lehtinen et al.: a denoiser learned from pairs of noisy
/// images alone; on clean targets (`photos_noise25`) the same network is
/// the clean-target baseline it is measured against.
public enum Noise2NoiseDefinition: ModelDefinition {
    public static let name = "noise2noise"
    public static let playerNames = ["generator"]
    public static let card = ModelCards.noise2noise
    public static let choices: [(key: String, values: [String])] = [("noise2noise.loss", PixelLoss.allCases.map(\.rawValue))]

    public static func build(_ o: Noise2NoiseOptions, context: ModelContext) throws -> ModelBuild {
        let task = try RestorationBuild.task(context, model: name, kinds: [.denoising])
        try RestorationBuild.check(o.width, key: "noise2noise.width", minimum: 1)
        try RestorationBuild.check(o.depth, key: "noise2noise.depth", minimum: 1)
        guard let side = context.data.resolution, side % (1 << o.depth) == 0 else {
            throw ConfigurationError(key: "noise2noise.depth", problem: "\(o.depth) poolings need patches whose side is a multiple of \(1 << o.depth)")
        }
        return try RestorationBuild.pixelRestorer(context, task: task, loss: o.loss, key: "noise2noise.loss") {
            DenoisingUNet(channels: task.channels, width: o.width, depth: o.depth, generator: &$0)
        }
    }
}
