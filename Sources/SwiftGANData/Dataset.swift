/// A random-access collection of examples. Reading may fail (files), with a
/// `DataError` that names the file.
public protocol Dataset: Sendable {
    /// Number of examples.
    var count: Int { get }
    /// The example at `index` (`0..<count`).
    func example(at index: Int) throws -> Example
    /// The number of classes, when examples carry labels.
    var classCount: Int? { get }
    /// The examples at `indices` stacked into one batch, each value mapped to
    /// `value * scale + shift`, when the dataset can gather them in one pass
    /// (examples held as arrays); nil means the loader reads them one by one.
    func gatheredBatch(indices: [Int], scale: Float, shift: Float) -> Batch?
}

extension Dataset {
    public var classCount: Int? { nil }
    public func gatheredBatch(indices: [Int], scale: Float, shift: Float) -> Batch? { nil }
}
