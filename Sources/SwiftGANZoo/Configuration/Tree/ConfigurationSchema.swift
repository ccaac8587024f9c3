/// The shape of a configuration: which keys exist, which are sections, and
/// what kind of value each holds, read from the defaults of the option types.
indirect enum ConfigurationSchema {
    case scalar(ScalarKind, optional: Bool)
    /// A section with fixed keys, in declaration order: the key as written
    /// (snake_case) and as coded (the property's name).
    case section([Entry])
    /// A mapping from the names in `keys` (a model's players) to sections of one shape.
    case named(keys: [String], element: ConfigurationSchema)

    /// The schema of an options value: one key per stored property, in
    /// snake_case; `FlattenedOptions` members add their keys to this level,
    /// `OptionSection` members become nested sections.
    static func of(_ value: Any) -> ConfigurationSchema {
        .section(entries(of: value))
    }

    struct Entry {
        let key: String
        /// The coded path: the property, under the flattened groups that hold it.
        let property: [String]
        let schema: ConfigurationSchema

        init(key: String, property: [String], schema: ConfigurationSchema) {
            (self.key, self.property, self.schema) = (key, property, schema)
        }

        init(key: String, property: String, schema: ConfigurationSchema) {
            self.init(key: key, property: [property], schema: schema)
        }
    }

    /// The entries of `value`'s stored properties, `skipping` some by name.
    static func entries(of value: Any, skipping: Set<String> = []) -> [Entry] {
        Mirror(reflecting: value).children.flatMap { child -> [Entry] in
            guard let label = child.label, !skipping.contains(label) else { return [] }
            if child.value is any FlattenedOptions {
                return entries(of: child.value).map { Entry(key: $0.key, property: [label] + $0.property, schema: $0.schema) }
            }
            if child.value is any OptionSection { return [Entry(key: snakeCase(label), property: label, schema: of(child.value))] }
            guard let scalar = ScalarKind.of(child.value) else {
                preconditionFailure("ConfigurationSchema: \(label) of \(type(of: value)) is neither a scalar, an OptionSection nor FlattenedOptions")
            }
            return [Entry(key: snakeCase(label), property: label, schema: .scalar(scalar.kind, optional: scalar.optional))]
        }
    }

    /// The keys of a section (empty for scalars).
    var keys: [String] {
        switch self {
        case .scalar: return []
        case .section(let entries): return entries.map(\.key)
        case .named(let keys, _): return keys
        }
    }

    /// The schema under `key`, or nil when the key does not exist here.
    func child(_ key: String) -> ConfigurationSchema? {
        switch self {
        case .scalar: return nil
        case .section(let entries): return entries.first { $0.key == key }?.schema
        case .named(let keys, let element): return keys.contains(key) ? element : nil
        }
    }

    /// `camelCase` as `snake_case`, as the coders convert keys.
    static func snakeCase(_ name: String) -> String {
        name.reduce(into: "") { result, character in
            if character.isUppercase { result += "_" + character.lowercased() } else { result.append(character) }
        }
    }
}
