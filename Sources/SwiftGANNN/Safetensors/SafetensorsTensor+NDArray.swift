import Foundation
import SwiftGANKernels

extension SafetensorsTensor {
    /// A tensor holding `array` as `dtype`.
    ///
    /// `F16` and `BF16` round to nearest, ties to even (overflow gives
    /// infinity); `F64` is exact. Integer dtypes need every element to be an
    /// integer in the dtype's range and `BOOL` needs 0 or 1; otherwise this
    /// throws, naming the first element that does not fit.
    public init(_ array: NDArray, dtype: SafetensorsDType = .f32) throws(SafetensorsError) {
        try self.init(array, dtype: dtype, tensorName: nil)
    }

    /// `init(_:dtype:)` with the tensor's name for the error message.
    init(_ array: NDArray, dtype: SafetensorsDType, tensorName: String?) throws(SafetensorsError) {
        var bytes = Data(count: array.count * dtype.byteCount)
        let failedIndex = bytes.withUnsafeMutableBytes { raw in
            array.withUnsafeBufferPointer { values in Self.encode(values, as: dtype, into: raw) }
        }
        if let failedIndex {
            throw SafetensorsError(
                path: nil,
                problem: .valueNotRepresentable(
                    tensor: tensorName, index: failedIndex, value: array.elements[failedIndex], dtype: dtype))
        }
        self.init(validatedDType: dtype, shape: array.shape, bytes: bytes)
    }

    /// The elements converted to `Float` (exactly, except that `F64`, `I32`,
    /// `U32`, `I64` and `U64` values round to the nearest `Float`; `BOOL` gives 0 or 1).
    public func toNDArray() -> NDArray {
        var array = NDArray(uninitializedShape: shape)
        array.withUnsafeMutableBufferPointer { values in
            bytes.withUnsafeBytes { raw in Self.decode(raw, as: dtype, into: values) }
        }
        return array
    }

    /// Writes `values` as `dtype` into `raw`; returns the index of the first value that does not fit, if any.
    private static func encode(_ values: UnsafeBufferPointer<Float>, as dtype: SafetensorsDType, into raw: UnsafeMutableRawBufferPointer)
        -> Int?
    {
        switch dtype {
        case .bool:
            return storeElements(values, into: raw, as: UInt8.self) { $0 == 0 || $0 == 1 ? UInt8($0) : nil }
        case .u8: return storeElements(values, into: raw, as: UInt8.self) { UInt8(exactly: $0) }
        case .i8: return storeElements(values, into: raw, as: Int8.self) { Int8(exactly: $0) }
        case .u16: return storeElements(values, into: raw, as: UInt16.self) { UInt16(exactly: $0) }
        case .i16: return storeElements(values, into: raw, as: Int16.self) { Int16(exactly: $0) }
        case .u32: return storeElements(values, into: raw, as: UInt32.self) { UInt32(exactly: $0) }
        case .i32: return storeElements(values, into: raw, as: Int32.self) { Int32(exactly: $0) }
        case .u64: return storeElements(values, into: raw, as: UInt64.self) { UInt64(exactly: $0) }
        case .i64: return storeElements(values, into: raw, as: Int64.self) { Int64(exactly: $0) }
        case .f16: return storeElements(values, into: raw, as: UInt16.self) { HalfPrecision.binary16Bits(from: $0) }
        case .bf16: return storeElements(values, into: raw, as: UInt16.self) { HalfPrecision.bfloat16Bits(from: $0) }
        case .f32: return storeElements(values, into: raw, as: UInt32.self) { $0.bitPattern }
        case .f64: return storeElements(values, into: raw, as: UInt64.self) { Double($0).bitPattern }
        }
    }

    /// Stores `convert(value)` little-endian for each value; stops at the first `nil` and returns its index.
    private static func storeElements<Element: FixedWidthInteger>(
        _ values: UnsafeBufferPointer<Float>, into raw: UnsafeMutableRawBufferPointer, as _: Element.Type,
        _ convert: (Float) -> Element?
    ) -> Int? {
        for (index, value) in values.enumerated() {
            guard let element = convert(value) else { return index }
            raw.storeBytes(of: element.littleEndian, toByteOffset: index * MemoryLayout<Element>.size, as: Element.self)
        }
        return nil
    }

    private static func decode(_ raw: UnsafeRawBufferPointer, as dtype: SafetensorsDType, into values: UnsafeMutableBufferPointer<Float>) {
        switch dtype {
        case .bool: loadElements(raw, into: values, as: UInt8.self) { $0 == 0 ? 0 : 1 }
        case .u8: loadElements(raw, into: values, as: UInt8.self) { Float($0) }
        case .i8: loadElements(raw, into: values, as: Int8.self) { Float($0) }
        case .u16: loadElements(raw, into: values, as: UInt16.self) { Float($0) }
        case .i16: loadElements(raw, into: values, as: Int16.self) { Float($0) }
        case .u32: loadElements(raw, into: values, as: UInt32.self) { Float($0) }
        case .i32: loadElements(raw, into: values, as: Int32.self) { Float($0) }
        case .u64: loadElements(raw, into: values, as: UInt64.self) { Float($0) }
        case .i64: loadElements(raw, into: values, as: Int64.self) { Float($0) }
        case .f16: loadElements(raw, into: values, as: UInt16.self) { HalfPrecision.float(fromBinary16: $0) }
        case .bf16: loadElements(raw, into: values, as: UInt16.self) { HalfPrecision.float(fromBFloat16: $0) }
        case .f32: loadElements(raw, into: values, as: UInt32.self) { Float(bitPattern: $0) }
        case .f64: loadElements(raw, into: values, as: UInt64.self) { Float(Double(bitPattern: $0)) }
        }
    }

    /// Reads each element as a little-endian `Element` and stores `convert(element)`.
    private static func loadElements<Element: FixedWidthInteger>(
        _ raw: UnsafeRawBufferPointer, into values: UnsafeMutableBufferPointer<Float>, as _: Element.Type,
        _ convert: (Element) -> Float
    ) {
        for index in values.indices {
            let stored = raw.loadUnaligned(fromByteOffset: index * MemoryLayout<Element>.size, as: Element.self)
            values[index] = convert(Element(littleEndian: stored))
        }
    }
}
