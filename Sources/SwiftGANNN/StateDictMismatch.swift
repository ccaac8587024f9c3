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
        /// The key.
        public let key: String
        /// The module's shape.
        public let expected: [Int]
        /// The state dict's shape.
        public let found: [Int]

        public init(key: String, expected: [Int], found: [Int]) {
            (self.key, self.expected, self.found) = (key, expected, found)
        }
    }

    /// One line: the counts, with the first three keys of each kind.
    public var summary: String {
        func some(_ keys: [String]) -> String {
            keys.prefix(3).joined(separator: ", ") + (keys.count > 3 ? ", ..." : "")
        }
        var parts: [String] = []
        if !missingKeys.isEmpty { parts.append("\(missingKeys.count) keys missing (\(some(missingKeys)))") }
        if !unexpectedKeys.isEmpty { parts.append("\(unexpectedKeys.count) unexpected (\(some(unexpectedKeys)))") }
        if let first = shapeMismatches.first {
            parts.append("\(shapeMismatches.count) of other shapes (\(first.key): \(first.found) where \(first.expected) is needed)")
        }
        return parts.joined(separator: "; ")
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
