import Foundation

extension TrainingConfiguration {
    /// The keys this configuration can hold: the global keys, the shared
    /// sections, the model's players and the model's section.
    var schema: ConfigurationSchema {
        var entries = ConfigurationSchema.entries(of: self, skipping: ["players", "modelOptions"])
        let playerNames = ModelRegistry.definition(named: model)?.playerNames ?? []
        entries.append(.init(key: "players", property: "players", schema: .named(keys: playerNames, element: .of(PlayerOptions()))))
        entries.append(.init(key: model, property: model, schema: .of(modelOptions)))
        return .section(entries)
    }

    /// The configuration as a tree with the keys users write.
    var writtenTree: [String: Any] {
        ConfigurationTree.written(Self.codedDefaults(of: self), schema: schema)
    }

    /// Sets the keys of `written` (values as text or typed), `model` first so
    /// that the keys of the new model's section are known. Unknown keys get a
    /// "did you mean", values of the wrong kind name the kind expected; a
    /// refused tree changes nothing.
    public mutating func apply(_ written: [String: Any], source: String) throws {
        var written = written
        var base = self
        if let name = written.removeValue(forKey: "model") {
            guard let name = name as? String, ModelRegistry.definition(named: name) != nil else {
                throw ConfigurationError.unknown("model", "\(name)", allowed: ModelRegistry.names)
            }
            base.model = name
        }
        let model = base.model
        if let other = written.keys.first(where: { $0 != model && ModelRegistry.definition(named: $0) != nil }) {
            throw ConfigurationError(key: other, problem: "is the section of model \(other), but the model is \(model); write these keys under \(model): or set model: \(other)")
        }
        let overlay = try ConfigurationTree.coded(written, schema: base.schema)
        var coded = Self.codedDefaults(of: base)
        ConfigurationTree.merge(overlay, into: &coded)
        do {
            self = try JSONDecoder().decode(Self.self, from: JSONSerialization.data(withJSONObject: coded))
        } catch let error as ConfigurationError {
            throw error
        } catch let DecodingError.typeMismatch(type, context), let DecodingError.valueNotFound(type, context) {
            let key = context.codingPath.map(\.stringValue).map(ConfigurationSchema.snakeCase).joined(separator: ".")
            throw ConfigurationError(key: key.isEmpty ? source : key, problem: "expected a value of type \(type) in \(source)")
        } catch {
            throw ConfigurationError(key: source, problem: "the values do not fit their keys (\(error))")
        }
    }

    /// `value` encoded as a coded tree.
    private static func codedDefaults(of value: some Encodable) -> [String: Any] {
        guard let data = try? JSONEncoder().encode(value), let tree = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            preconditionFailure("TrainingConfiguration: \(type(of: value)) does not encode as a JSON object")
        }
        return tree
    }

    /// Sets one key from its text form, as `--set key=value` gives it: a
    /// dotted path reaches into sections (`gan.loss`, `players.generator.learning_rate`).
    /// `null` or `none` clears an optional key.
    public mutating func set(_ path: String, to text: String) throws {
        guard !path.isEmpty, !path.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) else {
            throw ConfigurationError(key: path, problem: "not a key: give names joined by dots, such as gan.loss")
        }
        try apply(ConfigurationTree.tree(setting: path, to: text), source: "--set \(path)")
    }

    /// Every key path that `set(_:to:)` accepts for this model, in declaration order.
    public var keyPaths: [String] {
        func paths(_ schema: ConfigurationSchema, _ prefix: String) -> [String] {
            switch schema {
            case .scalar: return [String(prefix.dropLast())]
            case .section(let entries): return entries.flatMap { paths($0.schema, prefix + $0.key + ".") }
            case .named(let keys, let element): return keys.flatMap { paths(element, prefix + $0 + ".") }
            }
        }
        return paths(schema, "")
    }
}
