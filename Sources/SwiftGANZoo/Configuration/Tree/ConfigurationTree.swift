import Foundation

/// Configurations as JSON-like trees (`[String: Any]`): written trees carry
/// the keys as users write them (snake_case), coded trees the keys the
/// Codable types use. Values given as text (YAML, `--set`) are typed by the
/// schema; unknown keys are refused with a "did you mean".
enum ConfigurationTree {
    /// `written` checked against `schema` and turned into a coded tree, its
    /// text values parsed to the kinds the schema says. `path` prefixes keys in errors.
    static func coded(_ written: [String: Any], schema: ConfigurationSchema, path: String = "") throws -> [String: Any] {
        var coded: [String: Any] = [:]
        for (key, value) in written {
            let fullKey = path + key
            guard let child = schema.child(key) else {
                if path.isEmpty, let moved = LegacyConfiguration.movedKeyProblem(key) {
                    throw ConfigurationError(key: key, problem: moved)
                }
                throw ConfigurationError.unknown(key: fullKey, allowed: schema.keys.map { path + $0 })
            }
            let value = try codedValue(value, schema: child, key: fullKey)
            setValue(value, at: property(of: key, in: schema), in: &coded)
        }
        return coded
    }

    private static func codedValue(_ value: Any, schema: ConfigurationSchema, key: String) throws -> Any {
        switch schema {
        case .scalar(let kind, let optional):
            if value is [String: Any] || value is [Any] { throw ConfigurationError(key: key, problem: "expected a single value, not a list or mapping") }
            if let text = value as? String { return try kind.value(of: text, optional: optional, key: key) }
            if value is NSNull && !optional { throw ConfigurationError(key: key, problem: "must have a value (it cannot be null)") }
            return value
        case .section, .named:
            guard let mapping = value as? [String: Any] else {
                throw ConfigurationError(key: key, problem: "is a section: give its keys (\(schema.keys.joined(separator: ", "))) on the lines below it, indented")
            }
            return try coded(mapping, schema: schema, path: key + ".")
        }
    }

    /// The coded tree `coded` with the keys users write, in the schema's terms.
    static func written(_ coded: [String: Any], schema: ConfigurationSchema) -> [String: Any] {
        var written: [String: Any] = [:]
        switch schema {
        case .scalar:
            break
        case .section(let entries):
            for entry in entries {
                guard let value = value(at: entry.property, in: coded) else { continue }
                written[entry.key] = (value as? [String: Any]).map { Self.written($0, schema: entry.schema) } ?? value
            }
        case .named(_, let element):
            for (key, value) in coded { written[key] = (value as? [String: Any]).map { Self.written($0, schema: element) } ?? value }
        }
        return written
    }

    /// `overlay` merged into `base`, section by section.
    static func merge(_ overlay: [String: Any], into base: inout [String: Any]) {
        for (key, value) in overlay {
            if let mapping = value as? [String: Any], var existing = base[key] as? [String: Any] {
                merge(mapping, into: &existing)
                base[key] = existing
            } else {
                base[key] = value
            }
        }
    }

    /// The tree at `path` (`a.b.c`) set to `text`.
    static func tree(setting path: String, to text: String) -> [String: Any] {
        path.split(separator: ".").reversed().reduce(text as Any) { inner, key in [String(key): inner] } as? [String: Any] ?? [:]
    }

    private static func property(of key: String, in schema: ConfigurationSchema) -> [String] {
        guard case .section(let entries) = schema else { return [key] }
        return entries.first { $0.key == key }?.property ?? [key]
    }

    private static func value(at path: [String], in tree: [String: Any]) -> Any? {
        guard let first = path.first else { return nil }
        guard path.count > 1 else { return tree[first] }
        return (tree[first] as? [String: Any]).flatMap { value(at: Array(path.dropFirst()), in: $0) }
    }

    static func setValue(_ value: Any, at path: [String], in tree: inout [String: Any]) {
        guard path.count > 1 else { tree[path[0]] = value; return }
        var inner = tree[path[0]] as? [String: Any] ?? [:]
        setValue(value, at: Array(path.dropFirst()), in: &inner)
        tree[path[0]] = inner
    }
}
