/// ESPCN of Shi et al.: convolutions at the low resolution, then a sub-pixel shuffle.
public enum ESPCNDefinition: ModelDefinition {
    public static let name = "espcn"
    public static let playerNames = ["generator"]
    public static let card = ModelCards.espcn
    public static let choices: [(key: String, values: [String])] = [("espcn.loss", PixelLoss.allCases.map(\.rawValue))]

    public static func build(_ o: ESPCNOptions, context: ModelContext) throws -> ModelBuild {
        let task = try RestorationBuild.task(context, model: name)
        try RestorationBuild.check(o.width, key: "espcn.width", minimum: 2)
        return try RestorationBuild.pixelRestorer(context, task: task, loss: o.loss, key: "espcn.loss") {
            RestorationNetworks.espcn(channels: task.channels, factor: task.factor, width: o.width, &$0)
        }
    }
}
