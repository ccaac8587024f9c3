import SwiftGANData

/// One model of the zoo: its name, card, options and players, and how to
/// build it. A model is one folder holding its definition and its options,
/// and one line in `ModelRegistry.models`.
public protocol ModelDefinition: Sendable {
    associatedtype Options: ModelOptions
    /// The name a configuration's `model:` key gives, and its options' section.
    static var name: String { get }
    /// What the model is and what it achieved.
    static var card: ModelCard { get }
    /// The names of the networks it trains, in order (`players:` entries, checkpoint keys).
    static var playerNames: [String] { get }
    /// The model for `options`: its networks made through `context` (which
    /// records how to make each again), its phases and growth.
    static func build(_ options: Options, context: ModelContext) throws -> ModelBuild
    /// The data the model trains on, made from the configured dataset (the
    /// semi-supervised GAN hides labels); by default the dataset as it is.
    static func trainingData(_ data: any Dataset, options: Options, configuration: TrainingConfiguration) throws -> any Dataset
    /// The quality measures that apply to this model beyond its dataset's.
    static var measures: [QualityMeasureKind] { get }
    /// The values its text keys accept, by key path, for its page in `swiftgan models NAME`.
    static var choices: [(key: String, values: [String])] { get }
}

extension ModelDefinition {
    public static func trainingData(_ data: any Dataset, options: Options, configuration: TrainingConfiguration) throws -> any Dataset { data }
    public static var measures: [QualityMeasureKind] { [] }
    public static var choices: [(key: String, values: [String])] { [] }

    /// `trainingData` for options of any type.
    static func trainingData(_ data: any Dataset, erasedOptions options: any ModelOptions, configuration: TrainingConfiguration) throws -> any Dataset {
        try trainingData(data, options: typed(options), configuration: configuration)
    }

    /// The default options, type-erased.
    static var defaultOptions: any ModelOptions { Options() }

    /// `options` as this model's type; stops with a message for options of another model.
    static func typed(_ options: any ModelOptions) -> Options {
        guard let options = options as? Options else { preconditionFailure("\(name): given \(type(of: options)), expected \(Options.self)") }
        return options
    }

    /// Builds from options of any type.
    static func build(erased options: any ModelOptions, context: ModelContext) throws -> ModelBuild {
        try build(typed(options), context: context)
    }

    /// The options of the `name` section of `container`, or the defaults when it has none.
    static func decodeOptions<K: CodingKey>(from container: KeyedDecodingContainer<K>, key: K) throws -> any ModelOptions {
        try container.decodeIfPresent(Options.self, forKey: key) ?? Options()
    }
}
