/// The examples of `base` at `indices`, in that order: a split of a dataset
/// (the training part, the held-out part) without copying it.
public struct SubsetDataset: Dataset {
    public let base: any Dataset
    /// The indices of `base` this subset holds.
    public let indices: [Int]

    public init(_ base: any Dataset, indices: [Int]) {
        if let bad = indices.first(where: { $0 < 0 || $0 >= base.count }) {
            preconditionFailure("SubsetDataset: index \(bad) is not in 0..<\(base.count)")
        }
        (self.base, self.indices) = (base, indices)
    }

    /// The examples of `base` in `range`.
    public init(_ base: any Dataset, range: Range<Int>) {
        self.init(base, indices: Array(range))
    }

    public var count: Int { indices.count }
    public var classCount: Int? { base.classCount }

    public func example(at index: Int) throws -> Example {
        precondition(indices.indices.contains(index), "SubsetDataset: index \(index) is not in 0..<\(count)")
        return try base.example(at: indices[index])
    }
}
