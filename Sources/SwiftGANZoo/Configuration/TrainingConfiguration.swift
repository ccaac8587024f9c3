import Foundation

/// Everything that defines a training run, with defaults in code. The global
/// keys below sit at the top of a configuration; `data:`, `optimizer:` and
/// `players:` are sections shared by every model; the model's own options
/// sit in the section named after it (`model: gan` reads `gan:`), typed by
/// its definition. Presets and YAML files override single keys.
public struct TrainingConfiguration: Equatable, Sendable {
    /// The model of `ModelRegistry` to train.
    public var model = "gan" {
        didSet { if model != oldValue { modelOptions = ModelRegistry.definition(named: model)?.defaultOptions ?? modelOptions } }
    }
    /// The dataset of `DatasetRegistry` to train on.
    public var dataset = "ring"
    public var batchSize = 64
    public var steps = 10_000
    public var seed: UInt64 = 0
    /// The threads of the kernels and oneDNN; nil: `OMP_NUM_THREADS`, else
    /// every core. A run records the count it trains with, since results
    /// repeat bit for bit only at the same count.
    public var threads: Int?
    /// Metrics to `metrics.jsonl`, TensorBoard and the loss plot every this many steps.
    public var logEvery = 100
    /// A fixed-latent sample grid every this many steps.
    public var sampleEvery = 500
    /// A checkpoint, and the evaluation that picks the best one, every this many steps.
    public var checkpointEvery = 1_000
    /// The newest step checkpoints a run keeps, besides `best.safetensors`.
    public var keepCheckpoints = 3
    public var data = DataOptions()
    public var optimizer = OptimizerOptions()
    /// Per-player settings by player name.
    public var players: [String: PlayerOptions] = [:]
    /// The options of `model` (its section); change them with `modify(_:_:)` or `set(_:to:)`.
    public internal(set) var modelOptions: any ModelOptions = GANOptions()

    public init() {}

    /// The model's options as their type; stops with a message when they are another model's.
    public func options<Options: ModelOptions>(as type: Options.Type) -> Options {
        guard let options = modelOptions as? Options else {
            preconditionFailure("TrainingConfiguration: the options of \(model) are \(Swift.type(of: modelOptions)), not \(Options.self)")
        }
        return options
    }

    /// Changes the model's options through their type (`c.modify(GANOptions.self) { $0.loss = "hinge" }`);
    /// stops with a message when they are another model's.
    public mutating func modify<Options: ModelOptions>(_ type: Options.Type, _ body: (inout Options) throws -> Void) rethrows {
        var options = self.options(as: type)
        try body(&options)
        modelOptions = options
    }

    /// The settings of player `name` (defaults when the configuration has none).
    public func player(_ name: String) -> PlayerOptions {
        players[name] ?? PlayerOptions()
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.json == b.json
    }
}
