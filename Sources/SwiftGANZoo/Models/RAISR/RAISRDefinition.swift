/// RAISR of Romano et al.: hashed learned filters on a bicubic upscale.
public enum RAISRDefinition: ModelDefinition {
    public static let name = "raisr"
    public static let playerNames = ["generator"]
    public static let card = ModelCards.raisr

    public static func build(_ o: RAISROptions, context: ModelContext) throws -> ModelBuild {
        let task = try RestorationBuild.task(context, model: name, kinds: [.superResolution])
        for (key, value) in [("raisr.filter_size", o.filterSize), ("raisr.hash_window", o.hashWindow)] where value < 1 || value % 2 == 0 {
            throw ConfigurationError(key: key, problem: "must be a positive odd number, got \(value)")
        }
        guard o.ridge > 0 else { throw ConfigurationError(key: "raisr.ridge", problem: "must be positive, got \(o.ridge)") }
        let filters = context.network("generator") { _ in RAISRFilters(factor: task.factor, size: o.filterSize, window: o.hashWindow, ridge: o.ridge) }
        let model = RAISR(preview: TranslationPreview(configuration: context.configuration), task: task, filters: filters)
        return ModelBuild(model: model, phases: model.phases)
    }
}
