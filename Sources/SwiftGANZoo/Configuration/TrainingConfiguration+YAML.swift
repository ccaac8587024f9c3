import Foundation
import Yams

extension TrainingConfiguration {
    /// The configuration a YAML mapping of keys to single values describes:
    /// the defaults, or the preset named by a `preset` key, with every other key
    /// set over them (as `set(_:to:)` parses it). `source` names the file in errors.
    public init(yaml text: String, source: String) throws {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw ConfigurationError(key: source, problem: "not valid YAML: \(error)")
        }
        guard let mapping = node?.mapping else {
            throw ConfigurationError(key: source, problem: "expected a mapping of configuration keys to values (key: value lines)")
        }
        var fields: [(String, String)] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { throw ConfigurationError(key: source, problem: "a key is not a plain name") }
            guard let value = valueNode.scalar?.string else {
                throw ConfigurationError(key: key, problem: "expected a single value in \(source), not a list or mapping")
            }
            fields.append((key, value))
        }
        self = try fields.first { $0.0 == "preset" }.map { try Presets.configuration($0.1) } ?? TrainingConfiguration()
        for (key, value) in fields where key != "preset" { try set(key, to: value) }
    }

    /// Every key in declaration order as `key: value` lines (null for unset
    /// optional keys): the resolved configuration a run saves, readable by `init(yaml:source:)`.
    public var yaml: String {
        Mirror(reflecting: self).children.compactMap { child -> String? in
            guard let label = child.label else { return nil }
            return "\(Self.snakeCase(label)): \(Self.yamlValue(child.value))"
        }.joined(separator: "\n") + "\n"
    }

    private static func yamlValue(_ value: Any) -> String {
        if case Optional<Any>.none = value as Any? { return "null" }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return "null" }
            return yamlValue(wrapped)
        }
        if let text = value as? String {
            let plain = !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !["null", "true", "false", "yes", "no", "none"].contains(text.lowercased())
            return plain ? text : "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return "\(value)"
    }
}
