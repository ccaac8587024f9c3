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
    public init(json: String, source: String) throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            self = try decoder.decode(Self.self, from: Data(json.utf8))
        } catch {
            throw ConfigurationError(key: source, problem: "the recorded configuration cannot be read (\(error)); was it written by this version of SwiftGAN?")
        }
    }
}
