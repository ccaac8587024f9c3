extension DiffAugment {
    /// The augmentation a configuration's `key` names (nil: none), for data shaped as `data`.
    /// An unknown policy, or any augmentation of 2-D points, is a `ConfigurationError` naming `key`.
    static func configured(_ policy: String?, key: String, data: DatasetShape) throws -> DiffAugment? {
        guard let policy else { return nil }
        if data.isPoints { throw ConfigurationError(key: key, problem: "augments images, and the data has 2-D points; remove it") }
        guard let parsed = DiffAugment(policy: policy) else {
            throw ConfigurationError(key: key, problem: "unknown policy '\(policy)'; use a comma-separated list of color, translation, cutout")
        }
        return parsed
    }
}
