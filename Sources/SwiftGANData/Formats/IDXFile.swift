import Foundation
import SwiftGANKernels

/// An IDX file (the format of MNIST, Fashion-MNIST, KMNIST and EMNIST): a
/// header giving the element type and dimensions, then big-endian elements.
///
/// Raw files are memory-mapped: reading one item touches only its bytes, so a
/// file larger than memory can be read example by example. Gzip files
/// (detected by content, whatever their name) are decompressed once into
/// memory when opened.
public struct IDXFile: Sendable {
    /// The stored element type: `uint8`, `int8`, `int16`, `int32`, `float32` or `float64`.
    public let elementType: ScalarType
    /// The extent of each dimension; the first counts the items (images or labels).
    public let dimensions: [Int]
    let data: BinaryData
    let dataOffset: Int

    /// Opens the IDX file at `url`, raw or gzip.
    public init(contentsOf url: URL) throws {
        try self.init(data: BinaryData.load(url, detectGzip: true))
    }

    /// Reads IDX bytes already in memory, raw or gzip; errors name `path`.
    public init(bytes: Data, path: String) throws {
        try self.init(data: BinaryData(bytes: bytes, path: path, detectGzip: true))
    }

    init(data: BinaryData) throws {
        let header = try IDXHeader(data)
        (elementType, dimensions, dataOffset, self.data) = (header.elementType, header.dimensions, header.dataOffset, data)
    }

    /// The file, as given when it was opened.
    public var path: String { data.path }
    /// Whether the file was gzip-compressed (and is now held decompressed in memory).
    public var isCompressed: Bool { data.isDecompressed }
    /// The number of items: the first dimension.
    public var itemCount: Int { dimensions[0] }

    /// Every element as a `Float`, unscaled, in an array of shape `dimensions`.
    public func values() -> NDArray {
        var result = NDArray(uninitializedShape: dimensions)
        result.withUnsafeMutableBufferPointer { output in
            data.withUnsafeBytes { input in
                guard let base = input.baseAddress, let destination = output.baseAddress else { return }
                elementType.decode(base + dataOffset, count: output.count, bigEndian: true, into: destination)
            }
        }
        return result
    }
}
