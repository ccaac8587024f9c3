import SwiftGANKernels
import SwiftGANNN

/// What the pixel-trained restorers share in their definitions: the task
/// their data sets, and the model around their one network.
enum RestorationBuild {
    /// The restoration task of the configured data, or an error naming the restoration sets.
    static func task(_ context: ModelContext, model: String, kinds: [RestorationTask.Kind] = [.superResolution, .denoising]) throws -> RestorationTask {
        let dataset = context.configuration.dataset
        let fitting = RestorationData.entries.map(\.name).filter { RestorationData.task(of: $0).map { kinds.contains($0.kind) } ?? false }
        guard let task = RestorationData.task(of: dataset), kinds.contains(task.kind) else {
            throw ConfigurationError(key: "dataset", problem: "\(model) restores images and needs restoration data, one of \(fitting.joined(separator: ", ")); \(dataset) is not")
        }
        return task
    }

    /// The model of a restorer whose generator `make` builds.
    static func pixelRestorer(
        _ context: ModelContext, task: RestorationTask, loss: String, key: String, maxGradientNorm: Float? = nil,
        make: @escaping (inout RandomGenerator) -> any LayerModule
    ) throws -> ModelBuild {
        let model = PixelRestorer(
            preview: TranslationPreview(configuration: context.configuration), task: task, network: context.layer("generator", make),
            loss: try PixelLoss.named(loss, key: key), maxGradientNorm: maxGradientNorm)
        return ModelBuild(model: model, phases: model.phases)
    }

    /// Refuses a width or depth below `minimum` for `key`.
    static func check(_ value: Int, key: String, minimum: Int) throws {
        guard value >= minimum else { throw ConfigurationError(key: key, problem: "must be at least \(minimum), got \(value)") }
    }
}
