import SwiftGANData

/// Bicubic interpolation: the baseline every super-resolution figure is set against.
public enum BicubicDefinition: ModelDefinition {
    public static let name = "bicubic"
    public static let playerNames = ["generator"]
    public static let card = ModelCards.bicubic
    static let filters: [String: ResizeFilter] = ["bicubic": .bicubic, "bilinear": .bilinear, "lanczos": .lanczos]
    public static let choices: [(key: String, values: [String])] = [("bicubic.filter", filters.keys.sorted())]

    public static func build(_ o: BicubicOptions, context: ModelContext) throws -> ModelBuild {
        let task = try RestorationBuild.task(context, model: name, kinds: [.superResolution])
        guard let filter = filters[o.filter] else { throw ConfigurationError.unknown("bicubic.filter", o.filter, allowed: filters.keys.sorted()) }
        return try RestorationBuild.pixelRestorer(context, task: task, loss: "l1", key: "bicubic") { _ in BicubicUpsampling(factor: task.factor, filter: filter) }
    }
}
