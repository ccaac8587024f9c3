import Foundation
import SwiftGANKernels

/// CIFAR-10 or CIFAR-100 binary batches (`data_batch_1.bin` ... or
/// `train.bin`): example `i` is a `[3, 32, 32]` image in [0, 1] with its label.
///
/// Raw batch files are memory-mapped and images decoded one at a time; the
/// labels are read (and checked) when the dataset is opened. Gzip batch files
/// are decompressed into memory.
public struct CIFARDataset: Dataset {
    /// The record layout and the labels examples carry.
    public let variant: CIFARVariant
    /// Every example's label (fine labels for `.cifar100`, coarse for `.cifar100Coarse`).
    public let labels: [Int]
    let batches: [CIFARBatch]

    /// Opens batch files in order; their examples follow one another.
    public init(batches urls: [URL], variant: CIFARVariant = .cifar10) throws {
        try self.init(batches: urls.map { try BinaryData.load($0, detectGzip: true) }, variant: variant)
    }

    /// Reads batches already in memory, each with the path its errors name.
    public init(batches: [(bytes: Data, path: String)], variant: CIFARVariant = .cifar10) throws {
        try self.init(batches: batches.map { try BinaryData(bytes: $0.bytes, path: $0.path, detectGzip: true) }, variant: variant)
    }

    init(batches files: [BinaryData], variant: CIFARVariant) throws {
        let batches = try files.map { try CIFARBatch($0, variant: variant) }
        var labels: [Int] = []
        for batch in batches {
            batch.data.withUnsafeBytes { bytes in
                for record in 0..<batch.recordCount {
                    labels.append(Int(bytes[record * variant.recordSize + variant.labelIndex]))
                }
            }
        }
        (self.variant, self.labels, self.batches) = (variant, labels, batches)
    }

    /// Number of examples in all batches.
    public var count: Int { labels.count }
    /// 10, 100 or 20 (coarse CIFAR-100).
    public var classCount: Int? { variant.classCount }

    /// Image `index` as `[3, 32, 32]` in [0, 1] with its label.
    public func example(at index: Int) throws -> Example {
        precondition(index >= 0 && index < count, "CIFARDataset.example(at:): index \(index) out of 0..<\(count)")
        var record = index
        var batchIndex = 0
        while record >= batches[batchIndex].recordCount {
            record -= batches[batchIndex].recordCount
            batchIndex += 1
        }
        let start = record * variant.recordSize + variant.labelBytes
        var image = NDArray(uninitializedShape: [3, 32, 32])
        image.withUnsafeMutableBufferPointer { output in
            batches[batchIndex].data.withUnsafeBytes { bytes in
                for i in 0..<output.count { output[i] = Float(bytes[start + i]) / 255 }
            }
        }
        return Example(image: image, label: labels[index])
    }
}
