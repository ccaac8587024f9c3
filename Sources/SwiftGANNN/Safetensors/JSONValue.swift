/// A parsed JSON value as the safetensors header reader needs it: objects keep
/// their members in file order, duplicates included, and numbers keep their text.
package enum JSONValue {
    case object([JSONMember])
    case array([JSONValue])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    /// A short description for error messages: `an array`, `the number 1.5`.
    var summary: String {
        switch self {
        case .object: "an object"
        case .array(let elements): elements.count == 1 ? "an array of 1 element" : "an array of \(elements.count) elements"
        case .string(let text): text.count <= 40 ? "the string \(text.debugDescription)" : "a string"
        case .number(let text): text.count <= 40 ? "the number \(text)" : "a number"
        case .bool(let value): "\(value)"
        case .null: "null"
        }
    }

    /// The value of a non-negative integer literal (`0`, `17`), or `nil` for any
    /// other value, a negative or fractional number, or one beyond `Int.max`.
    var nonNegativeInteger: Int? {
        guard case .number(let text) = self, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        return Int(text)
    }
}
