import Foundation

/// The kind of value a configuration key holds, found from its default's
/// type, and how a key's text (YAML or `--set`) becomes that value.
enum ScalarKind: Equatable {
    case string, bool, int, unsigned, number

    /// The kind of `value` and whether it is optional, or nil for values that are not scalars.
    static func of(_ value: Any) -> (kind: ScalarKind, optional: Bool)? {
        let type = Swift.type(of: value)
        let kinds: [(Any.Type, Any.Type, ScalarKind)] = [
            (String.self, String?.self, .string), (Bool.self, Bool?.self, .bool), (Int.self, Int?.self, .int),
            (UInt64.self, UInt64?.self, .unsigned), (Float.self, Float?.self, .number), (Double.self, Double?.self, .number),
        ]
        for (plain, optional, kind) in kinds {
            if type == plain { return (kind, false) }
            if type == optional { return (kind, true) }
        }
        return nil
    }

    /// The JSON value of `text` for this kind: NSNull for `null`, `~` or
    /// nothing when optional (and `none` for kinds other than text, where
    /// `none` may be a value such as a normalization's name).
    func value(of text: String, optional: Bool, key: String) throws -> Any {
        let nulls = self == .string ? ["null", "~", ""] : ["null", "none", "~", ""]
        if optional && nulls.contains(text.lowercased()) { return NSNull() }
        switch self {
        case .string:
            return text
        case .bool:
            guard let value = ["true": true, "false": false, "yes": true, "no": false][text.lowercased()] else {
                throw ConfigurationError(key: key, problem: "expected true or false, got '\(text)'")
            }
            return value
        case .int:
            guard let value = Int(text) ?? Double(text).flatMap({ $0 == $0.rounded() && abs($0) < 9e15 ? Int($0) : nil }) else {
                throw ConfigurationError(key: key, problem: "expected a whole number, got '\(text)'")
            }
            return value
        case .unsigned:
            guard let value = UInt64(text) else { throw ConfigurationError(key: key, problem: "expected a whole number from 0, got '\(text)'") }
            return NSNumber(value: value)
        case .number:
            guard let value = Double(text), value.isFinite else { throw ConfigurationError(key: key, problem: "expected a number, got '\(text)'") }
            return value
        }
    }
}
