import Foundation
import SwiftGANKernels

/// An IDX images file paired with its labels file (MNIST, Fashion-MNIST,
/// KMNIST, EMNIST): example `i` is image `i` as `[1, H, W]` in [0, 1] with
/// label `i`.
///
/// The labels are read when the dataset is opened; images are decoded one at
/// a time from the memory-mapped file (raw files) or from the decompressed
/// bytes held in memory (gzip files).
public struct IDXDataset: Dataset {
    /// The images file.
    public let imageFile: IDXFile
    /// Every label, in order.
    public let labels: [Int]
    /// Whether images are stored transposed (EMNIST) and turned back when read.
    public let isTransposed: Bool
    /// The largest label plus one (EMNIST letters, labelled 1-26, give 27).
    public let classCount: Int?

    /// Opens an images file and a labels file, raw or gzip. Set `transposed`
    /// for EMNIST, whose images are stored transposed.
    public init(images: URL, labels: URL, transposed: Bool = false) throws {
        try self.init(images: IDXFile(contentsOf: images), labels: IDXFile(contentsOf: labels), transposed: transposed)
    }

    /// Pairs two opened files; the item counts must match.
    public init(images: IDXFile, labels: IDXFile, transposed: Bool = false) throws {
        _ = try images.imageSize(transposed: transposed)
        let values = try labels.labels()
        guard values.count == images.itemCount else {
            throw labels.data.error(
                at: 4, "the labels file holds \(values.count) labels but the images file \(images.path) holds \(images.itemCount) images")
        }
        (imageFile, self.labels, isTransposed, classCount) = (images, values, transposed, values.max().map { $0 + 1 })
    }

    /// Number of examples.
    public var count: Int { labels.count }

    /// Image `index` as `[1, H, W]` with its label.
    public func example(at index: Int) throws -> Example {
        Example(image: try imageFile.image(at: index, transposed: isTransposed), label: labels[index])
    }

    /// Every image as `[N, 1, H, W]` in [0, 1].
    public func images() throws -> NDArray {
        try imageFile.images(transposed: isTransposed)
    }
}
