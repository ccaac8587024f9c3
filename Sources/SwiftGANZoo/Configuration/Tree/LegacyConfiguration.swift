/// The flat configurations of earlier versions (one mapping of 44 keys,
/// recorded in their checkpoints): converted on read into sections, and
/// their keys in a YAML file refused with the place they moved to.
enum LegacyConfiguration {
    /// Keys that stayed at the top.
    private static let global: Set<String> = [
        "model", "dataset", "batch_size", "steps", "seed", "threads", "log_every", "sample_every", "checkpoint_every", "keep_checkpoints",
    ]
    /// Keys that moved to fixed places.
    private static let moved: [String: String] = [
        "data_path": "data.path", "optimizer": "optimizer.name", "beta1": "optimizer.beta1", "beta2": "optimizer.beta2",
        "learning_rate_decay": "optimizer.learning_rate_decay", "generator_learning_rate": "players.generator.learning_rate",
        "discriminator_learning_rate": "players.discriminator.learning_rate", "ema_beta": "players.generator.ema_beta",
    ]
    /// Keys that moved into the model's section.
    private static let sectionKeys: Set<String> = [
        "architecture", "discriminator_normalization", "minibatch_discrimination", "loss", "penalty", "penalty_weight", "regularization_interval",
        "latent_dimension", "hidden", "layers", "critic_steps", "weight_clip", "label_smoothing", "instance_noise", "diff_augment", "packing",
        "feature_matching", "labeled_per_class", "held_out", "continuous_codes", "info_weight", "info_continuous_weight",
    ]
    /// Architectures renamed when they took the data's resolution.
    private static let architectures = ["dcgan28": "dcgan", "resnet28": "resnet", "infogan28": "infogan"]

    /// Whether `recorded` is an earlier version's flat configuration.
    static func isFlat(_ recorded: [String: Any]) -> Bool {
        recorded["generator_learning_rate"] != nil || recorded["latent_dimension"] != nil
    }

    /// `recorded` in sections, keeping the keys the recorded model has and dropping the rest.
    static func converted(_ recorded: [String: Any]) -> [String: Any] {
        let model = recorded["model"] as? String ?? "gan"
        let sectionSchema = ModelRegistry.definition(named: model).map { ConfigurationSchema.of($0.defaultOptions) }
        var tree: [String: Any] = [:]
        func put(_ value: Any, at path: [String]) {
            var inner = tree
            ConfigurationTree.setValue(value, at: path, in: &inner)
            tree = inner
        }
        for (key, value) in recorded {
            if global.contains(key) {
                tree[key] = value
            } else if let path = moved[key] {
                put(value, at: path.split(separator: ".").map(String.init))
            } else if key == "historical_averaging", (value as? Double ?? 0) > 0 {
                put(value, at: ["players", "generator", "historical_averaging"])
                put(value, at: ["players", "discriminator", "historical_averaging"])
            } else if key == "channels", recorded["dataset"] as? String == "folder" {
                put(value, at: ["data", "channels"])
            } else if sectionKeys.contains(key), sectionSchema?.child(key) != nil {
                put(key == "architecture" ? (value as? String).map { architectures[$0] ?? $0 } ?? value : value, at: [model, key])
            }
        }
        return tree
    }

    /// Where a flat key of an earlier version went, as an error's problem; nil for other keys.
    static func movedKeyProblem(_ key: String) -> String? {
        if let path = moved[key] { return "is now \(path); write it in that section" }
        if sectionKeys.contains(key) { return "is now a key of the model's section: write it under the model's name (gan:, acgan:, ...) or --set MODEL.\(key)=..." }
        if key == "historical_averaging" { return "is now players.NAME.historical_averaging, for each player" }
        if key == "channels" { return "is now data.channels" }
        return nil
    }
}
