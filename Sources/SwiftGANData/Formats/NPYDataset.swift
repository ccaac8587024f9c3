import Foundation
import SwiftGANKernels

/// Examples from an NPY array of shape `[N, ...]`: example `i` is row `i`
/// (for images `[N, C, H, W]`, a `[C, H, W]` image), with the label from an
/// optional NPY array of `N` non-negative integers.
///
/// The arrays file is memory-mapped and rows are read when asked for, so it
/// may be larger than memory.
public struct NPYDataset: Dataset {
    /// The file the examples are read from.
    public let file: NPYFile
    /// The labels, when a labels file was given.
    public let labels: [Int]?
    /// The largest label plus one, when there are labels.
    public let classCount: Int?

    /// Opens `examples` (at least one dimension beyond the first) and, optionally, `labels`.
    public init(examples: URL, labels: URL? = nil) throws {
        try self.init(examples: NPYFile(contentsOf: examples), labels: labels.map { try NPYFile(contentsOf: $0) })
    }

    /// Pairs opened files; the labels must be one non-negative integer per row.
    public init(examples: NPYFile, labels: NPYFile? = nil) throws {
        guard examples.shape.count >= 2 else {
            throw examples.data.error(
                at: examples.header.dataOffset,
                "examples need an array of at least 2 dimensions, [N, ...]; the shape is \(NPYHeader.describe(examples.shape))")
        }
        var values: [Int]?
        if let labels {
            guard labels.shape == [examples.shape[0]] else {
                throw labels.data.error(
                    at: labels.header.dataOffset,
                    "labels need shape (\(examples.shape[0]),) to match \(examples.path); the shape is \(NPYHeader.describe(labels.shape))")
            }
            let integers = try labels.integers()
            if let negative = integers.firstIndex(where: { $0 < 0 }) {
                throw labels.data.error(
                    at: labels.header.dataOffset + negative * labels.header.dtype.scalarType.byteCount,
                    "label \(integers[negative]) of row \(negative) is negative")
            }
            values = integers
        }
        (file, self.labels, classCount) = (examples, values, values.flatMap { $0.max() }.map { $0 + 1 })
    }

    /// Number of rows.
    public var count: Int { file.shape[0] }

    /// Row `index`, read from the file, with its label.
    public func example(at index: Int) throws -> Example {
        precondition(index >= 0 && index < count, "NPYDataset.example(at:): index \(index) out of 0..<\(count)")
        let row = file.rows(index..<(index + 1))
        return Example(image: row.reshaped(Array(file.shape.dropFirst())), label: labels?[index])
    }
}
