import Foundation
import SwiftGANKernels

extension ScalarType {
    /// Converts `count` stored elements at `source` (any alignment) to `Float`s at `destination`.
    func decode(_ source: UnsafeRawPointer, count: Int, bigEndian: Bool, into destination: UnsafeMutablePointer<Float>) {
        switch self {
        case .bool: for i in 0..<count { destination[i] = source.load(fromByteOffset: i, as: UInt8.self) == 0 ? 0 : 1 }
        case .uint8: for i in 0..<count { destination[i] = Float(source.load(fromByteOffset: i, as: UInt8.self)) }
        case .int8: for i in 0..<count { destination[i] = Float(source.load(fromByteOffset: i, as: Int8.self)) }
        case .uint16: Self.decodeIntegers(UInt16.self, source, count, bigEndian, destination)
        case .int16: Self.decodeIntegers(Int16.self, source, count, bigEndian, destination)
        case .uint32: Self.decodeIntegers(UInt32.self, source, count, bigEndian, destination)
        case .int32: Self.decodeIntegers(Int32.self, source, count, bigEndian, destination)
        case .uint64: Self.decodeIntegers(UInt64.self, source, count, bigEndian, destination)
        case .int64: Self.decodeIntegers(Int64.self, source, count, bigEndian, destination)
        case .float16:
            for i in 0..<count { destination[i] = HalfPrecision.float(fromBinary16: Self.load(UInt16.self, source, i, bigEndian)) }
        case .float32:
            for i in 0..<count { destination[i] = Float(bitPattern: Self.load(UInt32.self, source, i, bigEndian)) }
        case .float64:
            for i in 0..<count { destination[i] = Float(Double(bitPattern: Self.load(UInt64.self, source, i, bigEndian))) }
        }
    }

    /// The integer stored at `source`, exactly; `nil` for floating-point types
    /// and for unsigned 64-bit values beyond `Int.max`.
    func integer(at source: UnsafeRawPointer, bigEndian: Bool) -> Int? {
        switch self {
        case .bool: return source.load(as: UInt8.self) == 0 ? 0 : 1
        case .uint8: return Int(source.load(as: UInt8.self))
        case .int8: return Int(source.load(as: Int8.self))
        case .uint16: return Int(Self.load(UInt16.self, source, 0, bigEndian))
        case .int16: return Int(Self.load(Int16.self, source, 0, bigEndian))
        case .uint32: return Int(Self.load(UInt32.self, source, 0, bigEndian))
        case .int32: return Int(Self.load(Int32.self, source, 0, bigEndian))
        case .uint64: return Int(exactly: Self.load(UInt64.self, source, 0, bigEndian))
        case .int64: return Int(Self.load(Int64.self, source, 0, bigEndian))
        case .float16, .float32, .float64: return nil
        }
    }

    /// Appends `values` in this type to `output`: integers are rounded to the
    /// nearest and clamped to the type's range (NaN becomes 0), booleans are
    /// `value != 0`.
    package func encode(_ values: UnsafeBufferPointer<Float>, bigEndian: Bool, into output: inout Data) {
        var bytes = [UInt8](repeating: 0, count: values.count * byteCount)
        bytes.withUnsafeMutableBytes { raw in
            let base = raw.baseAddress!
            for (i, value) in values.enumerated() {
                let at = base + i * byteCount
                switch self {
                case .bool: at.storeBytes(of: value != 0 && !value.isNaN ? UInt8(1) : 0, as: UInt8.self)
                case .uint8: Self.store(Self.clamped(value, as: UInt8.self), at, bigEndian)
                case .int8: Self.store(Self.clamped(value, as: Int8.self), at, bigEndian)
                case .uint16: Self.store(Self.clamped(value, as: UInt16.self), at, bigEndian)
                case .int16: Self.store(Self.clamped(value, as: Int16.self), at, bigEndian)
                case .uint32: Self.store(Self.clamped(value, as: UInt32.self), at, bigEndian)
                case .int32: Self.store(Self.clamped(value, as: Int32.self), at, bigEndian)
                case .uint64: Self.store(Self.clamped(value, as: UInt64.self), at, bigEndian)
                case .int64: Self.store(Self.clamped(value, as: Int64.self), at, bigEndian)
                case .float16: Self.store(HalfPrecision.binary16Bits(from: value), at, bigEndian)
                case .float32: Self.store(value.bitPattern, at, bigEndian)
                case .float64: Self.store(Double(value).bitPattern, at, bigEndian)
                }
            }
        }
        output.append(contentsOf: bytes)
    }

    private static func load<T: FixedWidthInteger>(_ type: T.Type, _ source: UnsafeRawPointer, _ index: Int, _ bigEndian: Bool) -> T {
        let raw = source.loadUnaligned(fromByteOffset: index * MemoryLayout<T>.size, as: T.self)
        return bigEndian ? T(bigEndian: raw) : T(littleEndian: raw)
    }

    private static func decodeIntegers<T: FixedWidthInteger>(
        _ type: T.Type, _ source: UnsafeRawPointer, _ count: Int, _ bigEndian: Bool, _ destination: UnsafeMutablePointer<Float>
    ) {
        for i in 0..<count { destination[i] = Float(load(T.self, source, i, bigEndian)) }
    }

    private static func store<T: FixedWidthInteger>(_ value: T, _ at: UnsafeMutableRawPointer, _ bigEndian: Bool) {
        at.storeBytes(of: bigEndian ? value.bigEndian : value.littleEndian, as: T.self)
    }

    private static func clamped<T: FixedWidthInteger>(_ value: Float, as type: T.Type) -> T {
        if value.isNaN { return 0 }
        let rounded = Double(value).rounded(.toNearestOrAwayFromZero)
        if rounded >= Double(T.max) { return T.max }
        if rounded <= Double(T.min) { return T.min }
        return T(rounded)
    }
}
