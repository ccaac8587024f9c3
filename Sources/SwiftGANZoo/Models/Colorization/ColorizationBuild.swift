import SwiftGANKernels
import SwiftGANNN

/// What the colorizers share in their definitions.
enum ColorizationBuild {
    /// The colorizer whose network `make` builds, after checking the data is
    /// colorization data and `width` positive (`key` names it); `jittersColors` and `hintStopProbability` as `Colorizer`'s.
    static func colorizer(
        _ context: ModelContext, model: String, width: Int, key: String, jittersColors: Bool = false, hintStopProbability: Double = 1.0 / 8,
        make: @escaping (inout RandomGenerator) -> any ColorizationNetwork
    ) throws -> ModelBuild {
        _ = try RestorationBuild.task(context, model: model, kinds: [.colorization])
        try RestorationBuild.check(width, key: key, minimum: 1)
        let network = context.network("generator") { make(&$0) as Module }
        let colorizer = Colorizer(preview: TranslationPreview(configuration: context.configuration), network: network as! any ColorizationNetwork, jittersColors: jittersColors, hintStopProbability: hintStopProbability)
        return ModelBuild(model: colorizer, phases: colorizer.phases)
    }
}
