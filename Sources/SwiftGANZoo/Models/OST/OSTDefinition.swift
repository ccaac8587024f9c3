import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// OST of Benaim and Wolf: translation to a domain given by one image.
public enum OSTDefinition: ModelDefinition {
    public static let name = "ost"
    public static let playerNames = ["shared", "coder_a", "coder_b", "discriminator_a", "discriminator_b"]
    public static let card = ModelCards.ost
    public static let measures: [QualityMeasureKind] = [.fewShot]

    public static func build(_ o: OSTOptions, context: ModelContext) throws -> ModelBuild {
        let data = context.data
        let (resolution, classes) = try AttributeData.labeledImages(data, model: "OST", does: "translates to the class of one example and learns domain A from the other classes", suggested: "shapes_hues")
        let target = try targetClass(o, classes: classes)
        guard resolution % 4 == 0 else { throw ConfigurationError(key: "data.resolution", problem: "OST's code is a quarter of the image side, which must be a multiple of 4, got \(resolution)") }
        guard o.phaseOneSteps >= 1, o.phaseOneSteps < context.configuration.steps else {
            throw ConfigurationError(key: "ost.phase_one_steps", problem: "must be at least 1 and fewer than the \(context.configuration.steps) steps, so that phase II trains, got \(o.phaseOneSteps)")
        }
        try TranslatorNetworks.checkWidth(o.generatorWidth, key: "ost.generator_width")
        guard (0...32).contains(o.blocks) else { throw ConfigurationError(key: "ost.blocks", problem: "must be from 0 to 32, got \(o.blocks)") }
        try TranslatorNetworks.checkWeights([("reconstruction_weight", o.reconstructionWeight), ("kl_weight", o.klWeight), ("cycle_weight", o.cycleWeight)], section: name)
        let preview = TranslationPreview(configuration: context.configuration)
        let example = try oneExample(of: target, in: preview.examples())
        let (channels, width, blocks) = (data.channels, o.generatorWidth, o.blocks)
        let shared = context.network("shared") { SharedLatentBlocks(channels: 4 * width, norm: .instance, generator: &$0) }
        let coderA = context.network("coder_a") { DomainAutoencoder(channels: channels, width: width, blocks: blocks, norm: .instance, generator: &$0) }
        let coderB = context.network("coder_b") { DomainAutoencoder(channels: channels, width: width, blocks: blocks, norm: .instance, generator: &$0) }
        let makeCritic = try TranslatorNetworks.discriminator("basic", key: "ost.discriminator", inChannels: channels, width: o.discriminatorWidth, layers: 3, norm: .instance, resolution: resolution)
        let model = OneShotTranslator(
            preview: preview, shared: shared, coders: (coderA, coderB),
            discriminators: (context.network("discriminator_a", makeCritic), context.network("discriminator_b", makeCritic)),
            example: example, phaseOneSteps: o.phaseOneSteps, weights: (o.reconstructionWeight, o.klWeight, o.cycleWeight))
        return ModelBuild(model: model, phases: model.phases)
    }

    /// Domain A: every example but those of the target class.
    public static func trainingData(_ data: any Dataset, options: OSTOptions, configuration: TrainingConfiguration) throws -> any Dataset {
        guard let classes = data.classCount else { return data }
        let target = try targetClass(options, classes: classes)
        return try LabelFilter.keeping(data) { $0 != target }
    }

    static func targetClass(_ o: OSTOptions, classes: Int) throws -> Int {
        let target = o.targetClass < 0 ? classes + o.targetClass : o.targetClass
        guard (0..<classes).contains(target) else { throw ConfigurationError(key: "ost.target_class", problem: "must name one of the \(classes) classes (or count back from the last with a negative number), got \(o.targetClass)") }
        return target
    }

    /// The first example of `label` in `data`, `[1, C, H, W]` in [-1, 1].
    static func oneExample(of label: Int, in data: any Dataset) throws -> NDArray {
        for index in 0..<data.count {
            let example = try data.example(at: index)
            if example.label == label { return example.image.map(.affine(scale: 2, shift: -1)).reshaped([1] + example.image.shape) }
        }
        throw ConfigurationError(key: "ost.target_class", problem: "the held-out data holds no example of class \(label)")
    }
}
