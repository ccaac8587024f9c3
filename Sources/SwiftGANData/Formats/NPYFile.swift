import Foundation
import SwiftGANKernels

/// An NPY file opened for reading. The file is memory-mapped, so `rows(_:)`
/// reads only the rows it returns: arrays larger than memory can be read a
/// slice at a time. Elements of every supported dtype become `Float`s;
/// Fortran-order arrays are transposed into C order as they are read.
public struct NPYFile: Sendable {
    /// The dtype, shape and order.
    public let header: NPYHeader
    let data: BinaryData

    /// Opens the NPY file at `url`.
    public init(contentsOf url: URL) throws {
        try self.init(data: BinaryData.load(url, detectGzip: false))
    }

    /// Reads NPY bytes already in memory; errors name `path`.
    public init(bytes: Data, path: String) throws {
        try self.init(data: BinaryData(bytes: bytes, path: path, detectGzip: false))
    }

    init(data: BinaryData) throws {
        header = try NPYHeader(data)
        self.data = data
    }

    /// The file, as given when it was opened.
    public var path: String { data.path }
    /// The array's shape.
    public var shape: [Int] { header.shape }

    /// The whole array, in C order.
    public func array() -> NDArray {
        guard header.isFortranOrder, shape.count > 1 else { return rowMajor(shape: shape) }
        guard shape.allSatisfy({ $0 > 0 }) else { return NDArray(zeros: shape) }
        return rowMajor(shape: shape.reversed()).permuted(Array((0..<shape.count).reversed()))
    }

    /// Rows `range` of the first axis, as an array of shape `[range.count] + shape[1...]`.
    public func rows(_ range: Range<Int>) -> NDArray {
        precondition(
            !shape.isEmpty && range.lowerBound >= 0 && range.upperBound <= shape[0],
            "NPYFile.rows: \(range) is not within the first axis of \(shape)")
        let outputShape = [range.count] + shape.dropFirst()
        var result = NDArray(uninitializedShape: outputShape)
        let type = header.dtype.scalarType, size = type.byteCount, bigEndian = header.dtype.isBigEndian
        result.withUnsafeMutableBufferPointer { output in
            data.withUnsafeBytes { input in
                guard let base = input.baseAddress, let destination = output.baseAddress else { return }
                let start = base + header.dataOffset
                if !header.isFortranOrder || shape.count == 1 {
                    let rowLength = ShapeArithmetic.byteCount(Array(shape.dropFirst()), elementSize: size) ?? 0
                    type.decode(start + range.lowerBound * rowLength, count: output.count, bigEndian: bigEndian, into: destination)
                    return
                }
                for (i, offset) in FortranLayout.offsets(shape: shape, rows: range).enumerated() {
                    type.decode(start + offset * size, count: 1, bigEndian: bigEndian, into: destination + i)
                }
            }
        }
        return result
    }

    /// The elements as exact integers, for labels: the dtype must be an
    /// integer or boolean type and every value must fit in an `Int`.
    public func integers() throws -> [Int] {
        let type = header.dtype.scalarType, size = type.byteCount
        guard type.isInteger else { throw data.error(at: 0, "integers are needed, but the dtype is \(header.dtype)") }
        let count = ShapeArithmetic.byteCount(shape, elementSize: 1) ?? 0
        return try data.withUnsafeBytes { input in
            guard let base = input.baseAddress else { return [] }
            return try (0..<count).map { i in
                let offset = header.dataOffset + i * size
                guard let value = type.integer(at: base + offset, bigEndian: header.dtype.isBigEndian) else {
                    throw data.error(at: offset, "element \(i) does not fit in an Int")
                }
                return value
            }
        }
    }

    private func rowMajor(shape: [Int]) -> NDArray {
        var result = NDArray(uninitializedShape: shape)
        result.withUnsafeMutableBufferPointer { output in
            data.withUnsafeBytes { input in
                guard let base = input.baseAddress, let destination = output.baseAddress else { return }
                header.dtype.scalarType.decode(
                    base + header.dataOffset, count: output.count, bigEndian: header.dtype.isBigEndian, into: destination)
            }
        }
        return result
    }
}
