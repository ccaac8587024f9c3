import Foundation
import Yams

extension TrainingConfiguration {
    /// The configuration a YAML mapping describes: the defaults, or the preset
    /// named by a `preset` key, with every other key set over them; sections
    /// are nested mappings. `source` names the file in errors.
    public init(yaml text: String, source: String) throws {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw ConfigurationError(key: source, problem: "not valid YAML: \(error)")
        }
        guard let node, node.mapping != nil else {
            throw ConfigurationError(key: source, problem: "expected a mapping of configuration keys to values (key: value lines)")
        }
        var written = try Self.tree(of: node, key: "", source: source)
        let preset = written.removeValue(forKey: "preset")
        if let preset, !(preset is String) { throw ConfigurationError(key: "preset", problem: "expected a preset name") }
        self = try (preset as? String).map(Presets.configuration) ?? TrainingConfiguration()
        try apply(written, source: source)
    }

    /// A YAML node as a tree of mappings and scalar texts.
    private static func tree(of node: Node, key: String, source: String) throws -> [String: Any] {
        var tree: [String: Any] = [:]
        for (keyNode, valueNode) in node.mapping! {
            guard let name = keyNode.string else { throw ConfigurationError(key: source, problem: "a key is not a plain name") }
            let path = key.isEmpty ? name : key + "." + name
            if valueNode.mapping != nil {
                tree[name] = try Self.tree(of: valueNode, key: path, source: source)
            } else if let scalar = valueNode.scalar {
                tree[name] = scalar.string
            } else {
                throw ConfigurationError(key: path, problem: "expected a single value or a section in \(source), not a list")
            }
        }
        return tree
    }

    /// Every key as YAML, sections indented, in declaration order (null for
    /// unset optional keys): the resolved configuration a run saves, readable
    /// by `init(yaml:source:)`.
    public var yaml: String {
        Self.yamlLines(writtenTree, schema: schema, indent: "").joined(separator: "\n") + "\n"
    }

    /// The keys of one top-level section as YAML (`gan:` and its keys), or "" when it is empty.
    public func yaml(section key: String) -> String {
        guard let child = schema.child(key), let section = writtenTree[key] as? [String: Any] else { return "" }
        return ([key + ":"] + Self.yamlLines(section, schema: child, indent: "  ")).joined(separator: "\n") + "\n"
    }

    private static func yamlLines(_ tree: [String: Any], schema: ConfigurationSchema, indent: String) -> [String] {
        let keys: [String]
        switch schema {
        case .section(let entries): keys = entries.map(\.key)
        case .named: keys = tree.keys.sorted()
        case .scalar: keys = []
        }
        return keys.flatMap { key -> [String] in
            guard let child = schema.child(key) else { return [] }
            if case .scalar(let kind, _) = child { return ["\(indent)\(key): \(yamlValue(tree[key], kind: kind))"] }
            guard let section = tree[key] as? [String: Any], !section.isEmpty else { return [] }
            return ["\(indent)\(key):"] + yamlLines(section, schema: child, indent: indent + "  ")
        }
    }

    private static func yamlValue(_ value: Any?, kind: ScalarKind) -> String {
        guard let value, !(value is NSNull) else { return "null" }
        if kind == .bool, let flag = (value as? NSNumber)?.boolValue ?? (value as? Bool) { return flag ? "true" : "false" }
        if let text = value as? String {
            let plain = !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !["null", "true", "false", "yes", "no", "none"].contains(text.lowercased())
            return plain ? text : "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        if let number = value as? NSNumber { return number.stringValue }
        return "\(value)"
    }
}
