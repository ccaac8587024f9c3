/// EDSR of Lim et al.: residual blocks without BatchNorm, residual scaling, a sub-pixel upsampler, L1.
public enum EDSRDefinition: ModelDefinition {
    public static let name = "edsr"
    public static let playerNames = ["generator"]
    public static let card = ModelCards.edsr
    public static let choices: [(key: String, values: [String])] = [("edsr.loss", PixelLoss.allCases.map(\.rawValue))]

    public static func build(_ o: EDSROptions, context: ModelContext) throws -> ModelBuild {
        let task = try RestorationBuild.task(context, model: name)
        try RestorationBuild.check(o.width, key: "edsr.width", minimum: 1)
        try RestorationBuild.check(o.blocks, key: "edsr.blocks", minimum: 0)
        guard o.residualScale > 0 else { throw ConfigurationError(key: "edsr.residual_scale", problem: "must be positive, got \(o.residualScale)") }
        guard [1, 2, 3, 4, 8].contains(task.factor) else { throw ConfigurationError(key: "dataset", problem: "EDSR's upsampler takes factors 2, 3, 4 and 8, not \(task.factor)") }
        return try RestorationBuild.pixelRestorer(context, task: task, loss: o.loss, key: "edsr.loss") {
            RestorationNetworks.edsr(channels: task.channels, factor: task.factor, width: o.width, blocks: o.blocks, residualScale: o.residualScale, &$0)
        }
    }
}
