/// A random-access collection of examples. Reading may fail (files), with a
/// `DataError` that names the file.
public protocol Dataset: Sendable {
    /// Number of examples.
    var count: Int { get }
    /// The example at `index` (`0..<count`).
    func example(at index: Int) throws -> Example
    /// The number of classes, when examples carry labels.
    var classCount: Int? { get }
}

extension Dataset {
    public var classCount: Int? { nil }
}
