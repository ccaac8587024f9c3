import Foundation

extension TrainingConfiguration {
    /// The configuration as JSON with the keys users write, sorted: what checkpoints record.
    public var json: String {
        guard let data = try? JSONSerialization.data(withJSONObject: writtenTree, options: [.sortedKeys]), let text = String(data: data, encoding: .utf8) else {
            preconditionFailure("TrainingConfiguration: does not encode as JSON")
        }
        return text
    }

    /// The configuration that `json` wrote; `source` names where it came from
    /// in errors. Keys added since it was written take their defaults, and the
    /// flat configurations of earlier versions are converted.
    public init(json: String, source: String) throws {
        guard let recorded = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw ConfigurationError(key: source, problem: "the recorded configuration is not a JSON object")
        }
        self.init()
        do {
            try apply(LegacyConfiguration.isFlat(recorded) ? LegacyConfiguration.converted(recorded) : recorded, source: source)
        } catch let error as ConfigurationError {
            throw ConfigurationError(key: source, problem: "the recorded configuration cannot be read (\(error)); was it written by this version of SwiftGAN?")
        }
    }
}
