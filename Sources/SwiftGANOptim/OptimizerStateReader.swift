import SwiftGANKernels
import SwiftGANNN

/// Reads a saved optimizer state and checks every key before the caller
/// changes anything: scalars first, then the per-parameter entries
/// `state.<index>.<name>`, then `finish()` rejects whatever was not read.
struct OptimizerStateReader {
    private let state: StateDict
    private var consumed: Set<String> = []

    init(_ state: StateDict) {
        self.state = state
    }

    /// The array under `key`, which must have `shape`.
    mutating func array(_ key: String, shape: [Int]) throws(OptimizerStateError) -> NDArray {
        guard let value = state[key] else { throw .missingKey(key) }
        guard value.shape == shape else { throw .shapeMismatch(key: key, expected: shape, found: value.shape) }
        consumed.insert(key)
        return value
    }

    /// The rank-0 value under `key`.
    mutating func scalar(_ key: String) throws(OptimizerStateError) -> Float {
        try array(key, shape: []).scalarValue
    }

    /// A flag stored as 0 or 1.
    mutating func flag(_ key: String) throws(OptimizerStateError) -> Bool {
        let value = try scalar(key)
        guard value == 0 || value == 1 else { throw .invalidValue(key: key, value: value, requirement: "0 or 1") }
        return value == 1
    }

    /// A counter stored as a non-negative whole number.
    mutating func count(_ key: String) throws(OptimizerStateError) -> Int {
        try Self.count(try scalar(key), key: key)
    }

    /// `value` as a counter, or an error naming `key`.
    static func count(_ value: Float, key: String) throws(OptimizerStateError) -> Int {
        guard let count = Int(exactly: value), count >= 0 else {
            throw .invalidValue(key: key, value: value, requirement: "a whole number >= 0")
        }
        return count
    }

    /// The entries `state.<index>.<name>` for each parameter (empty where a
    /// parameter has no state yet). Names in `scalars` are rank 0, the others
    /// have the parameter's shape; a parameter with any entry needs all of `required`.
    mutating func parameterStates(
        required: [String], optional: [String] = [], scalars: Set<String> = [], shapes: [[Int]]
    ) throws(OptimizerStateError) -> [[String: NDArray]] {
        let known = Set(required + optional)
        var result = Array(repeating: [String: NDArray](), count: shapes.count)
        for (key, value) in state.entries {
            let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, parts[0] == "state", let index = Int(parts[1]), String(index) == parts[1],
                shapes.indices.contains(index), known.contains(parts[2])
            else { continue }
            let expected = scalars.contains(parts[2]) ? [] : shapes[index]
            guard value.shape == expected else { throw .shapeMismatch(key: key, expected: expected, found: value.shape) }
            result[index][parts[2]] = value
            consumed.insert(key)
        }
        for (index, entries) in result.enumerated() where !entries.isEmpty {
            for name in required where entries[name] == nil { throw .missingKey("state.\(index).\(name)") }
        }
        return result
    }

    /// Throws for the first key that nothing read.
    func finish() throws(OptimizerStateError) {
        if let key = state.keys.first(where: { !consumed.contains($0) }) { throw .unexpectedKey(key) }
    }
}
