import SwiftGANData
import SwiftGANKernels
import SwiftGANNN

/// FUNIT of Liu et al.: few-shot unsupervised translation to classes never seen in training.
public enum FUNITDefinition: ModelDefinition {
    public static let name = "funit"
    public static let playerNames = ["generator", "discriminator"]
    public static let card = ModelCards.funit
    public static let measures: [QualityMeasureKind] = [.fewShot]

    public static func build(_ o: FUNITOptions, context: ModelContext) throws -> ModelBuild {
        let (domains, seen, resolution) = try shape(o, context: context)
        for (key, value) in [("width", o.width), ("discriminator_width", o.discriminatorWidth), ("code_length", o.codeLength)] {
            try TranslatorNetworks.checkWidth(value, key: "funit.\(key)")
        }
        guard (1...100).contains(o.shots) else { throw ConfigurationError(key: "funit.shots", problem: "must be from 1 to 100, got \(o.shots)") }
        guard (0...32).contains(o.blocks) else { throw ConfigurationError(key: "funit.blocks", problem: "must be from 0 to 32, got \(o.blocks)") }
        try TranslatorNetworks.checkWeights(
            [("reconstruction_weight", o.reconstructionWeight), ("feature_matching_weight", o.featureMatchingWeight), ("r1_gamma", o.r1Gamma)], section: name)
        let channels = context.data.channels
        let generator = context.network("generator") { FUNITGenerator(channels: channels, width: o.width, codeLength: o.codeLength, blocks: o.blocks, generator: &$0) }
        let discriminator = context.network("discriminator") { FUNITDiscriminator(channels: channels, width: o.discriminatorWidth, resolution: resolution, classes: seen.count, generator: &$0) }
        let model = FUNIT(
            preview: TranslationPreview(configuration: context.configuration), domains: domains, generator: generator, discriminator: discriminator,
            seenClasses: seen, shots: o.shots, weights: (o.reconstructionWeight, o.featureMatchingWeight, o.r1Gamma))
        return ModelBuild(model: model, phases: model.phases)
    }

    /// Training sees only the classes before the unseen ones.
    public static func trainingData(_ data: any Dataset, options: FUNITOptions, configuration: TrainingConfiguration) throws -> any Dataset {
        guard let classes = data.classCount else { return data }
        let unseen = try unseenClasses(options.unseenClasses, classes: classes)
        return try LabelFilter.keeping(data) { !unseen.contains($0) }
    }

    /// The classes as one attribute group, the classes trained on, and the image side; errors name the keys.
    static func shape(_ o: FUNITOptions, context: ModelContext) throws -> (domains: AttributeDomains, seen: [Int], resolution: Int) {
        let data = context.data
        let (resolution, classes) = try AttributeData.labeledImages(data, model: "FUNIT", does: "translates labeled images to classes given by a few examples", suggested: "shapes_hues")
        guard resolution >= 8, resolution & (resolution - 1) == 0 else {
            throw ConfigurationError(key: "data.resolution", problem: "FUNIT's discriminator halves the image side to 4x4, which needs a power of two from 8, got \(resolution)")
        }
        let domains = AttributeData.domains(dataset: context.configuration.dataset, classes: classes)
        guard domains.groups.count == 1 else {
            throw ConfigurationError(key: "dataset", problem: "FUNIT's classes are one attribute; \(context.configuration.dataset) has \(domains.groups.count) groups (shapes_hues has one, the hue)")
        }
        let unseen = try unseenClasses(o.unseenClasses, classes: classes)
        return (domains, (0..<classes).filter { !unseen.contains($0) }, resolution)
    }

    /// The classes `text` lists (comma-separated), checked to hold out at least one of `classes` and leave at least two.
    static func unseenClasses(_ text: String, classes: Int) throws -> Set<Int> {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let values = parts.compactMap { Int($0) }
        guard values.count == parts.count, !values.isEmpty, values.allSatisfy({ (0..<classes).contains($0) }), Set(values).count == values.count, classes - values.count >= 2 else {
            throw ConfigurationError(
                key: "funit.unseen_classes", problem: "must list distinct classes of 0-\(classes - 1) separated by commas, at least one and leaving at least two to train on, got '\(text)'")
        }
        return Set(values)
    }
}
