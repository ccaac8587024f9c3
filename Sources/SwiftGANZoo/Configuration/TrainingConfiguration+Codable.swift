extension TrainingConfiguration: Codable {
    private enum CodingKeys: String, CodingKey {
        case model, dataset, batchSize, steps, seed, threads, logEvery, sampleEvery, checkpointEvery, keepCheckpoints, data, optimizer, players
    }

    /// The key of the model's section: the model's name.
    private struct SectionKey: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        model = try container.decode(String.self, forKey: .model)
        guard let definition = ModelRegistry.definition(named: model) else {
            throw ConfigurationError.unknown("model", model, allowed: ModelRegistry.names)
        }
        dataset = try container.decode(String.self, forKey: .dataset)
        batchSize = try container.decode(Int.self, forKey: .batchSize)
        steps = try container.decode(Int.self, forKey: .steps)
        seed = try container.decode(UInt64.self, forKey: .seed)
        threads = try container.decodeIfPresent(Int.self, forKey: .threads)
        logEvery = try container.decode(Int.self, forKey: .logEvery)
        sampleEvery = try container.decode(Int.self, forKey: .sampleEvery)
        checkpointEvery = try container.decode(Int.self, forKey: .checkpointEvery)
        keepCheckpoints = try container.decode(Int.self, forKey: .keepCheckpoints)
        data = try container.decode(DataOptions.self, forKey: .data)
        optimizer = try container.decode(OptimizerOptions.self, forKey: .optimizer)
        players = try container.decodeIfPresent([String: PlayerOptions].self, forKey: .players) ?? [:]
        let sections = try decoder.container(keyedBy: SectionKey.self)
        modelOptions = try definition.decodeOptions(from: sections, key: SectionKey(stringValue: model))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(dataset, forKey: .dataset)
        try container.encode(batchSize, forKey: .batchSize)
        try container.encode(steps, forKey: .steps)
        try container.encode(seed, forKey: .seed)
        try container.encodeIfPresent(threads, forKey: .threads)
        try container.encode(logEvery, forKey: .logEvery)
        try container.encode(sampleEvery, forKey: .sampleEvery)
        try container.encode(checkpointEvery, forKey: .checkpointEvery)
        try container.encode(keepCheckpoints, forKey: .keepCheckpoints)
        try container.encode(data, forKey: .data)
        try container.encode(optimizer, forKey: .optimizer)
        if !players.isEmpty { try container.encode(players, forKey: .players) }
        var sections = encoder.container(keyedBy: SectionKey.self)
        try sections.encode(modelOptions, forKey: SectionKey(stringValue: model))
    }
}
