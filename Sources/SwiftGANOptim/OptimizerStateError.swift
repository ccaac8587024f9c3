/// Why a saved state does not fit an optimizer or a moving average; nothing
/// is changed when `load(_:)` throws one of these.
public enum OptimizerStateError: Error, Equatable, CustomStringConvertible {
    /// A key the state must have is absent.
    case missingKey(String)
    /// A key that this optimizer does not know, or a parameter index out of range.
    case unexpectedKey(String)
    /// A key whose array has another shape than expected.
    case shapeMismatch(key: String, expected: [Int], found: [Int])
    /// A key whose value is outside what it may hold (a flag that is not 0 or 1,
    /// a negative step count, a learning rate below zero ...).
    case invalidValue(key: String, value: Float, requirement: String)

    /// A one-line explanation naming the key.
    public var description: String {
        switch self {
        case .missingKey(let key):
            "optimizer state: missing key '\(key)'"
        case .unexpectedKey(let key):
            "optimizer state: unexpected key '\(key)'"
        case .shapeMismatch(let key, let expected, let found):
            "optimizer state: '\(key)' has shape \(found), expected \(expected)"
        case .invalidValue(let key, let value, let requirement):
            "optimizer state: '\(key)' is \(value), must be \(requirement)"
        }
    }
}
