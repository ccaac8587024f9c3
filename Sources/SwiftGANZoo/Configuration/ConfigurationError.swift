/// A configuration that cannot be trained, naming the key and what to change.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    public let key: String
    public let problem: String

    public init(key: String, problem: String) {
        self.key = key
        self.problem = problem
    }

    public var description: String { "\(key): \(problem)" }

    /// Throws for the first of `checks` (key, whether it holds, problem) that
    /// fails, with its key after `prefix`.
    static func firstFailure(of checks: [(String, Bool, String)], prefix: String = "") throws {
        if let (key, _, problem) = checks.first(where: { !$0.1 }) { throw ConfigurationError(key: prefix + key, problem: problem) }
    }

    /// An error for a value outside `allowed`, with a "did you mean" for a near miss.
    public static func unknown(_ key: String, _ value: String, allowed: [String]) -> ConfigurationError {
        ConfigurationError(key: key, problem: "unknown value '\(value)'\(hint(value, allowed)); choose one of \(allowed.joined(separator: ", "))")
    }

    /// An error for a key that does not exist, with a "did you mean" for a near miss.
    public static func unknown(key: String, allowed: [String]) -> ConfigurationError {
        ConfigurationError(key: key, problem: "unknown key\(hint(key, allowed)); the keys are \(allowed.joined(separator: ", "))")
    }

    private static func hint(_ value: String, _ allowed: [String]) -> String {
        let suggestion = allowed.min { editDistance($0, value) < editDistance($1, value) }
        return suggestion.flatMap { editDistance($0, value) <= max(2, value.count / 3) ? " (did you mean '\($0)'?)" : nil } ?? ""
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
