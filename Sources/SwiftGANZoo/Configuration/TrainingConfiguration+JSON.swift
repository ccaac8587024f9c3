import Foundation

extension TrainingConfiguration {
    /// The configuration as JSON with snake_case keys, sorted: what checkpoints record.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else {
            preconditionFailure("TrainingConfiguration: does not encode as JSON")
        }
        return text
    }

    /// The configuration that `json` wrote; `source` names where it came from in errors.
    /// Keys added since it was written take their defaults.
    public init(json: String, source: String) throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            guard let recorded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
                  let defaults = try JSONSerialization.jsonObject(with: Data(TrainingConfiguration().json.utf8)) as? [String: Any] else {
                throw ConfigurationError(key: source, problem: "the recorded configuration is not a JSON object")
            }
            let merged = defaults.merging(recorded) { $1 }
            self = try decoder.decode(Self.self, from: JSONSerialization.data(withJSONObject: merged))
        } catch {
            throw ConfigurationError(key: source, problem: "the recorded configuration cannot be read (\(error)); was it written by this version of SwiftGAN?")
        }
    }
}
