/// An element type of a safetensors tensor, spelled as in the file's header.
///
/// Every type is read into `Float` (`NDArray`); 64-bit integers and `F64`
/// values beyond `Float`'s precision are rounded to the nearest `Float`.
public enum SafetensorsDType: String, CaseIterable, Sendable {
    /// One byte per element, 0 for false and anything else for true.
    case bool = "BOOL"
    /// Unsigned 8-bit integers.
    case u8 = "U8"
    /// Signed 8-bit integers.
    case i8 = "I8"
    /// Unsigned 16-bit integers.
    case u16 = "U16"
    /// Signed 16-bit integers.
    case i16 = "I16"
    /// Unsigned 32-bit integers.
    case u32 = "U32"
    /// Signed 32-bit integers.
    case i32 = "I32"
    /// Unsigned 64-bit integers.
    case u64 = "U64"
    /// Signed 64-bit integers.
    case i64 = "I64"
    /// IEEE 754 binary16.
    case f16 = "F16"
    /// bfloat16: the upper half of a binary32.
    case bf16 = "BF16"
    /// IEEE 754 binary32.
    case f32 = "F32"
    /// IEEE 754 binary64.
    case f64 = "F64"

    /// The size of one element in bytes.
    public var byteCount: Int {
        switch self {
        case .bool, .u8, .i8: 1
        case .u16, .i16, .f16, .bf16: 2
        case .u32, .i32, .f32: 4
        case .u64, .i64, .f64: 8
        }
    }

    /// Whether the type stores floating-point values (any `Float` can be written, rounded).
    public var isFloatingPoint: Bool {
        switch self {
        case .f16, .bf16, .f32, .f64: true
        default: false
        }
    }
}
