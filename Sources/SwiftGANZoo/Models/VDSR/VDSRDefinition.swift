/// VDSR of Kim et al.: a deep residual on top of bicubic upsampling, with gradient clipping.
public enum VDSRDefinition: ModelDefinition {
    public static let name = "vdsr"
    public static let playerNames = ["generator"]
    public static let card = ModelCards.vdsr
    public static let choices: [(key: String, values: [String])] = [("vdsr.loss", PixelLoss.allCases.map(\.rawValue))]

    public static func build(_ o: VDSROptions, context: ModelContext) throws -> ModelBuild {
        let task = try RestorationBuild.task(context, model: name)
        try RestorationBuild.check(o.width, key: "vdsr.width", minimum: 1)
        try RestorationBuild.check(o.depth, key: "vdsr.depth", minimum: 2)
        guard o.gradientClipNorm > 0 else { throw ConfigurationError(key: "vdsr.gradient_clip_norm", problem: "must be positive, got \(o.gradientClipNorm)") }
        return try RestorationBuild.pixelRestorer(context, task: task, loss: o.loss, key: "vdsr.loss", maxGradientNorm: o.gradientClipNorm) {
            RestorationNetworks.vdsr(channels: task.channels, factor: task.factor, width: o.width, depth: o.depth, &$0)
        }
    }
}
