/// A state dict that does not fit a module: what is missing, what is extra,
/// and which shapes differ.
public struct StateDictMismatch: Error, CustomStringConvertible, Equatable {
    /// Keys the module has and the state dict lacks.
    public let missingKeys: [String]
    /// Keys the state dict has and the module lacks.
    public let unexpectedKeys: [String]
    /// Keys present in both with different shapes: (key, module shape, state dict shape).
    public let shapeMismatches: [ShapeMismatch]

    /// One key whose shapes differ.
    public struct ShapeMismatch: Equatable, Sendable {
        public let key: String
        public let expected: [Int]
        public let found: [Int]
    }

    public var description: String {
        var lines = ["the state dict does not fit the module:"]
        if !missingKeys.isEmpty { lines.append("  missing keys: \(missingKeys.joined(separator: ", "))") }
        if !unexpectedKeys.isEmpty { lines.append("  unexpected keys: \(unexpectedKeys.joined(separator: ", "))") }
        for m in shapeMismatches {
            lines.append("  shape mismatch for \(m.key): the module has \(m.expected), the state dict \(m.found)")
        }
        return lines.joined(separator: "\n")
    }
}
