/// SRCNN of Dong et al.: the first convolutional super-resolution network.
public enum SRCNNDefinition: ModelDefinition {
    public static let name = "srcnn"
    public static let playerNames = ["generator"]
    public static let card = ModelCards.srcnn
    public static let choices: [(key: String, values: [String])] = [("srcnn.loss", PixelLoss.allCases.map(\.rawValue))]

    public static func build(_ o: SRCNNOptions, context: ModelContext) throws -> ModelBuild {
        let task = try RestorationBuild.task(context, model: name)
        try RestorationBuild.check(o.width, key: "srcnn.width", minimum: 2)
        guard [1, 3, 5].contains(o.mappingKernel) else { throw ConfigurationError(key: "srcnn.mapping_kernel", problem: "must be 1, 3 or 5, got \(o.mappingKernel)") }
        return try RestorationBuild.pixelRestorer(context, task: task, loss: o.loss, key: "srcnn.loss") {
            RestorationNetworks.srcnn(channels: task.channels, factor: task.factor, width: o.width, mappingKernel: o.mappingKernel, &$0)
        }
    }
}
