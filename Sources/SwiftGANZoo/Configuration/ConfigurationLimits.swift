/// Bounds that keep a typing slip (`batch_size: 6400000`) from taking all
/// memory before the first step: far above any setting that trains on one
/// machine; and the checks of the keys every model shares.
public enum ConfigurationLimits {
    public static let batchSize = 65_536
    public static let width = 4_096
    public static let layers = 256
    public static let criticSteps = 1_000
    public static let steps = 1_000_000_000
    public static let threads = 1_024
    public static let resolution = 1_024
    static let optimizers = ["adam", "rmsprop", "sgd"]

    /// Refuses values of the global keys and shared sections that cannot train, naming the key.
    static func validate(_ c: TrainingConfiguration) throws {
        var checks: [(String, Bool, String)] = [
            ("batch_size", (1...batchSize).contains(c.batchSize), "must be from 1 to \(batchSize)"),
            ("steps", (1...steps).contains(c.steps), "must be from 1 to \(steps)"),
            ("threads", c.threads.map { (1...threads).contains($0) } ?? true, "must be from 1 to \(threads)"),
            ("log_every", c.logEvery > 0, "must be positive"),
            ("sample_every", c.sampleEvery > 0, "must be positive"),
            ("checkpoint_every", c.checkpointEvery > 0, "must be positive"),
            ("keep_checkpoints", c.keepCheckpoints > 0, "must be positive"),
            ("data.channels", c.data.channels.map { [1, 3].contains($0) } ?? true, "must be 1 or 3"),
            ("data.resolution", c.data.resolution.map { (2...resolution).contains($0) } ?? true, "must be from 2 to \(resolution)"),
            ("data.load_size", c.data.loadSize.map { (2...resolution).contains($0) } ?? true, "must be from 2 to \(resolution)"),
            ("optimizer.learning_rate", c.optimizer.learningRate > 0, "must be positive"),
            ("optimizer.beta1", (0..<1).contains(c.optimizer.beta1), "must be in [0, 1)"),
            ("optimizer.beta2", (0..<1).contains(c.optimizer.beta2), "must be in [0, 1)"),
        ]
        for (name, player) in c.players.sorted(by: { $0.key < $1.key }) {
            let key = "players.\(name)."
            checks += [
                (key + "learning_rate", player.learningRate.map { $0 > 0 } ?? true, "must be positive"),
                (key + "beta1", player.beta1.map { (0..<1).contains($0) } ?? true, "must be in [0, 1)"),
                (key + "beta2", player.beta2.map { (0..<1).contains($0) } ?? true, "must be in [0, 1)"),
                (key + "ema_beta", player.emaBeta.map { (0..<1).contains($0) } ?? true, "must be in [0, 1)"),
                (key + "ema_beta", player.emaBeta == nil || player.emaHalfLife == nil, "and ema_half_life both set the moving average; keep one"),
                (key + "ema_half_life", player.emaHalfLife.map { $0 > 0 && $0.isFinite } ?? true, "must be positive (thousands of images)"),
                (key + "ema_rampup", player.emaRampup.map { $0 > 0 && $0.isFinite } ?? true, "must be positive"),
                (key + "ema_rampup", player.emaRampup == nil || player.emaHalfLife != nil, "ramps ema_half_life up; set ema_half_life too"),
                (key + "historical_averaging", player.historicalAveraging.map { $0 >= 0 } ?? true, "must not be negative"),
            ]
            if let name = player.optimizer, !optimizers.contains(name) { throw ConfigurationError.unknown(key + "optimizer", name, allowed: optimizers) }
        }
        try ConfigurationError.firstFailure(of: checks)
        if !optimizers.contains(c.optimizer.name) { throw ConfigurationError.unknown("optimizer.name", c.optimizer.name, allowed: optimizers) }
    }
}
