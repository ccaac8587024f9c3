/// Bicubic interpolation: the baseline every super-resolution figure is set against.
public enum BicubicDefinition: ModelDefinition {
    public static let name = "bicubic"
    public static let playerNames = ["generator"]
    public static let card = ModelCards.bicubic

    public static func build(_ o: BicubicOptions, context: ModelContext) throws -> ModelBuild {
        let task = try RestorationBuild.task(context, model: name, kinds: [.superResolution])
        return try RestorationBuild.pixelRestorer(context, task: task, loss: "l1", key: "bicubic") { _ in BicubicUpsampling(factor: task.factor) }
    }
}
