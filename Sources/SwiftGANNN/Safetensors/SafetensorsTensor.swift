import Foundation

/// One tensor of a safetensors file: its dtype, shape and raw little-endian,
/// row-major bytes. Convert to and from `Float` arrays with `toNDArray()` and
/// `init(_:dtype:)`.
public struct SafetensorsTensor: Equatable, Sendable {
    /// The element type.
    public let dtype: SafetensorsDType
    /// The extent of each dimension; `[]` is a scalar.
    public let shape: [Int]
    /// The elements, little-endian and row-major; exactly `byteCount(dtype:shape:)` bytes.
    public let bytes: Data

    /// A tensor from raw bytes, which must be exactly as many as `dtype` and `shape` need.
    public init(dtype: SafetensorsDType, shape: [Int], bytes: Data) throws(SafetensorsError) {
        guard let expected = Self.byteCount(dtype: dtype, shape: shape) else {
            throw SafetensorsError(path: nil, problem: .invalidShape(shape: shape))
        }
        guard bytes.count == expected else {
            throw SafetensorsError(
                path: nil, problem: .dataSizeMismatch(dtype: dtype, shape: shape, expected: expected, found: bytes.count))
        }
        self.init(validatedDType: dtype, shape: shape, bytes: bytes)
    }

    /// A tensor whose byte count the caller has already checked.
    init(validatedDType dtype: SafetensorsDType, shape: [Int], bytes: Data) {
        self.dtype = dtype
        self.shape = shape
        self.bytes = bytes.startIndex == 0 ? bytes : Data(bytes)
    }

    /// The number of elements.
    public var elementCount: Int { shape.reduce(1, *) }

    /// The bytes `dtype` and `shape` need, or `nil` when a dimension is negative
    /// or the count overflows `Int` (even in a partial product of the non-zero dimensions).
    public static func byteCount(dtype: SafetensorsDType, shape: [Int]) -> Int? {
        var product = 1
        var isEmpty = false
        for extent in shape {
            guard extent >= 0 else { return nil }
            let (next, overflow) = product.multipliedReportingOverflow(by: max(extent, 1))
            guard !overflow else { return nil }
            product = next
            isEmpty = isEmpty || extent == 0
        }
        if isEmpty { return 0 }
        let (bytes, overflow) = product.multipliedReportingOverflow(by: dtype.byteCount)
        return overflow ? nil : bytes
    }
}
