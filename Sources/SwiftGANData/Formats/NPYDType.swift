/// A NumPy dtype that NPY files can hold here: a numeric scalar type and its
/// byte order, written as NumPy's `descr` string (`'<f4'`, `'>i8'`, `'|u1'`, `'|b1'`).
/// Native order (`'='`) is read as little-endian, the order of every supported platform.
public struct NPYDType: Sendable, Equatable, CustomStringConvertible {
    /// The element type.
    public let scalarType: ScalarType
    /// Whether multi-byte elements are big-endian (`'>'`).
    public let isBigEndian: Bool

    /// A dtype; one-byte types ignore `bigEndian`.
    public init(_ scalarType: ScalarType, bigEndian: Bool = false) {
        self.scalarType = scalarType
        self.isBigEndian = scalarType.byteCount > 1 && bigEndian
    }

    /// Little-endian 32-bit floats, `'<f4'`: what the library writes unless told otherwise.
    public static let float32 = NPYDType(.float32)
    /// Little-endian 64-bit floats, `'<f8'`.
    public static let float64 = NPYDType(.float64)
    /// Unsigned bytes, `'|u1'`.
    public static let uint8 = NPYDType(.uint8)

    /// The `descr` string.
    public var description: String {
        let order = scalarType.byteCount == 1 ? "|" : isBigEndian ? ">" : "<"
        return order + Self.kind(of: scalarType) + String(scalarType.byteCount)
    }

    /// The dtype a `descr` string names; `failure` makes the error for one that is not supported.
    static func parse(_ descr: String, failure: (String) -> DataError) throws -> NPYDType {
        let characters = Array(descr)
        guard characters.count >= 3, "<>|=".contains(characters[0]), characters[2...].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw failure("dtype '\(descr)' is not a byte order ('<', '>', '|' or '=') followed by a kind and a size")
        }
        let kind = String(characters[1]), size = Int(String(characters[2...]))
        guard let match = ScalarType.allCases.first(where: { Self.kind(of: $0) == kind && $0.byteCount == size }) else {
            throw failure("dtype '\(descr)' is not supported (only b1, i1, i2, i4, i8, u1, u2, u4, u8, f2, f4, f8)")
        }
        if characters[0] == "|" && match.byteCount > 1 {
            throw failure("dtype '\(descr)' gives no byte order ('|') for a \(match.byteCount)-byte type")
        }
        return NPYDType(match, bigEndian: characters[0] == ">")
    }

    private static func kind(of type: ScalarType) -> String {
        switch type {
        case .bool: return "b"
        case .uint8, .uint16, .uint32, .uint64: return "u"
        case .int8, .int16, .int32, .int64: return "i"
        case .float16, .float32, .float64: return "f"
        }
    }
}
