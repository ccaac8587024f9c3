import Foundation

extension TrainingConfiguration {
    /// The configuration keys in snake_case (`generator_learning_rate`), in declaration order.
    public static var keys: [String] {
        Mirror(reflecting: TrainingConfiguration()).children.compactMap { $0.label.map(snakeCase) }
    }

    /// Sets one key from its text form, as `--set key=value` and YAML files give it.
    /// Numbers and booleans are parsed; `null` or `none` clears an optional key.
    /// An unknown key gets a "did you mean", a value of the wrong type names the type expected.
    public mutating func set(_ key: String, to text: String) throws {
        guard let member = Mirror(reflecting: self).children.first(where: { $0.label.map(Self.snakeCase) == key }) else {
            throw ConfigurationError.unknown(key: key, allowed: Self.keys)
        }
        let typeName = String(describing: type(of: member.value))
        let optional = typeName.hasPrefix("Optional<")
        let valueType = optional ? String(typeName.dropFirst("Optional<".count).dropLast()) : typeName
        var json: Any
        if optional && ["null", "none", "~", ""].contains(text.lowercased()) {
            json = NSNull()
        } else {
            switch valueType {
            case "String": json = text
            case "Bool":
                guard let value = ["true": true, "false": false, "yes": true, "no": false][text.lowercased()] else {
                    throw ConfigurationError(key: key, problem: "expected true or false, got '\(text)'")
                }
                json = value
            case "Int":
                guard let value = Int(text) ?? Double(text).flatMap({ $0 == $0.rounded() && abs($0) < 9e15 ? Int($0) : nil }) else {
                    throw ConfigurationError(key: key, problem: "expected a whole number, got '\(text)'")
                }
                json = value
            case "UInt64":
                guard let value = UInt64(text) else { throw ConfigurationError(key: key, problem: "expected a whole number from 0, got '\(text)'") }
                json = NSNumber(value: value)
            default:
                guard let value = Double(text), value.isFinite else {
                    throw ConfigurationError(key: key, problem: "expected a number, got '\(text)'")
                }
                json = value
            }
        }
        try replace(key: key, with: json)
    }

    private mutating func replace(key: String, with value: Any) throws {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard var fields = try JSONSerialization.jsonObject(with: encoder.encode(self)) as? [String: Any] else {
            preconditionFailure("TrainingConfiguration: does not encode as a JSON object")
        }
        fields[key] = value
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            self = try decoder.decode(Self.self, from: JSONSerialization.data(withJSONObject: fields))
        } catch {
            throw ConfigurationError(key: key, problem: "the value does not fit this key (\(error))")
        }
    }

    static func snakeCase(_ name: String) -> String {
        name.reduce(into: "") { result, character in
            if character.isUppercase { result += "_" + character.lowercased() } else { result.append(character) }
        }
    }
}
