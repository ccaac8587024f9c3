/// The element types that IDX and NPY files store. Every type is read as
/// `Float`: 64-bit integers beyond 2^24 and `float64` values lose precision.
public enum ScalarType: String, Sendable, Equatable, CaseIterable {
    /// Booleans (one byte, nonzero is true), integers of 8 to 64 bits, and IEEE floats of 16, 32 and 64 bits.
    case bool, uint8, int8, uint16, int16, uint32, int32, uint64, int64, float16, float32, float64

    /// Bytes per element.
    public var byteCount: Int {
        switch self {
        case .bool, .uint8, .int8: return 1
        case .uint16, .int16, .float16: return 2
        case .uint32, .int32, .float32: return 4
        case .uint64, .int64, .float64: return 8
        }
    }

    /// Whether the type holds integers (or booleans), which labels need.
    public var isInteger: Bool {
        switch self {
        case .float16, .float32, .float64: return false
        default: return true
        }
    }
}
