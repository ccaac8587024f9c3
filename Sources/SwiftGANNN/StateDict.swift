import SwiftGANKernels

/// Named arrays in a fixed order: a module's parameters and buffers under
/// their dotted PyTorch keys, or any other set of named tensors.
public struct StateDict: Sendable, Equatable {
    /// The entries in order.
    public private(set) var entries: [(name: String, value: NDArray)]
    private var index: [String: Int]

    /// An empty state dict.
    public init() {
        entries = []
        index = [:]
    }

    /// A state dict from entries; a repeated name is a programmer error.
    public init(_ entries: [(String, NDArray)]) {
        self.init()
        for (name, value) in entries { self[name] = value }
    }

    /// The names in order.
    public var keys: [String] { entries.map(\.name) }
    /// Number of entries.
    public var count: Int { entries.count }

    /// The array stored under `name`; assigning `nil` removes it.
    public subscript(name: String) -> NDArray? {
        get { index[name].map { entries[$0].value } }
        set {
            if let position = index[name] {
                if let newValue {
                    entries[position].value = newValue
                } else {
                    entries.remove(at: position)
                    index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.name, $0) })
                }
            } else if let newValue {
                index[name] = entries.count
                entries.append((name, newValue))
            }
        }
    }

    /// The entries whose names start with `prefix + "."`, with the prefix removed.
    public func scoped(_ prefix: String) -> StateDict {
        let head = prefix + "."
        return StateDict(entries.filter { $0.name.hasPrefix(head) }.map { (String($0.name.dropFirst(head.count)), $0.value) })
    }

    /// The entries whose names satisfy `isIncluded`.
    public func filtering(_ isIncluded: (String) -> Bool) -> StateDict {
        StateDict(entries.filter { isIncluded($0.name) }.map { ($0.name, $0.value) })
    }

    /// These entries with `prefix + "."` before every name.
    public func prefixed(_ prefix: String) -> StateDict {
        StateDict(entries.map { ("\(prefix).\($0.name)", $0.value) })
    }

    /// Equal when both hold the same names with equal shapes and elements, in any order.
    public static func == (a: StateDict, b: StateDict) -> Bool {
        a.count == b.count && a.entries.allSatisfy { entry in
            guard let other = b[entry.name] else { return false }
            return other.shape == entry.value.shape && other.elements == entry.value.elements
        }
    }
}
