import SwiftGANKernels

/// Deep image prior of Ulyanov et al.: a per-image optimization whose result is its trained state.
public enum DeepImagePriorDefinition: ModelDefinition {
    public static let name = "dip"
    public static let playerNames = ["generator"]
    public static let card = ModelCards.deepImagePrior
    public static let measures: [QualityMeasureKind] = [.imagePrior]
    public static let choices: [(key: String, values: [String])] = [("dip.task", PriorTask.allCases.map(\.rawValue))]

    public static func build(_ o: DeepImagePriorOptions, context: ModelContext) throws -> ModelBuild {
        guard context.configuration.dataset == "photo", let side = context.data.resolution else {
            throw ConfigurationError(key: "dataset", problem: "dip restores one photo; use the photo dataset (data.path names your image)")
        }
        guard let task = PriorTask(rawValue: o.task) else { throw ConfigurationError.unknown("dip.task", o.task, allowed: PriorTask.allCases.map(\.rawValue)) }
        for (key, value) in [("dip.code_channels", o.codeChannels), ("dip.width", o.width), ("dip.skip_width", o.skipWidth), ("dip.depth", o.depth)] {
            try RestorationBuild.check(value, key: key, minimum: 1)
        }
        guard side % (1 << o.depth) == 0 else {
            throw ConfigurationError(key: "dip.depth", problem: "\(o.depth) halvings need a side that is a multiple of \(1 << o.depth); data.resolution is \(side)")
        }
        if task == .superResolution && (o.factor < 2 || side % o.factor != 0) {
            throw ConfigurationError(key: "dip.factor", problem: "must be at least 2 and divide the side \(side), got \(o.factor)")
        }
        guard (0..<1).contains(o.dropFraction), o.noiseSigma >= 0, o.codeJitter >= 0 else {
            throw ConfigurationError(key: "dip", problem: "drop_fraction must lie in [0, 1), noise_sigma and code_jitter must not be negative")
        }
        let photo = try DatasetRegistry.load(context.configuration).example(at: 0).image
        let clean = photo.reshaped([1] + photo.shape)
        var random = RandomGenerator(seed: context.configuration.seed &+ 0xD1)
        let (observed, mask) = task.observe(clean, factor: task == .superResolution ? o.factor : 1, sigma: o.noiseSigma, dropFraction: o.dropFraction, random: &random)
        let network = context.network("generator") { rng in
            PriorNetwork(codeChannels: o.codeChannels, side: side,
                         body: HourglassNetwork(inChannels: o.codeChannels, outChannels: 3, width: o.width, skipWidth: o.skipWidth, depth: o.depth, generator: &rng), generator: &rng)
        }
        let model = DeepImagePrior(task: task, factor: task == .superResolution ? o.factor : 1, observed: observed, clean: clean, mask: mask, network: network, codeJitter: o.codeJitter)
        return ModelBuild(model: model, phases: model.phases)
    }
}
