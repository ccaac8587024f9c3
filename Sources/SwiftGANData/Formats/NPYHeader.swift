import Foundation

/// The header of an NPY file: the magic `\x93NUMPY`, a format version (1.0,
/// 2.0 or 3.0), the header length, and a dictionary giving the dtype, the
/// memory order and the shape.
public struct NPYHeader: Sendable, Equatable {
    /// The format's major version: 1, 2 or 3.
    public let majorVersion: Int
    /// The element type and byte order.
    public let dtype: NPYDType
    /// The array's shape; `[]` is a scalar.
    public let shape: [Int]
    /// Whether the elements are stored in Fortran (column-major) order; they
    /// are read back into C (row-major) order.
    public let isFortranOrder: Bool
    /// Where the elements start.
    public let dataOffset: Int

    package static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

    /// Parses the header and checks that the data that follows is exactly as long as the shape needs.
    init(_ data: BinaryData) throws {
        try data.require(8, at: 0, for: "NPY magic and version")
        let start = data.withUnsafeBytes { Array($0.prefix(6)) }
        guard start == Self.magic else { throw data.error(at: 0, "not an NPY file: it does not start with \\x93NUMPY") }
        let major = Int(try data.uint8(at: 6)), minor = Int(try data.uint8(at: 7))
        guard (1...3).contains(major) && minor == 0 else {
            throw data.error(at: 6, "NPY format version \(major).\(minor) is not supported (1.0, 2.0 and 3.0 are)")
        }
        let headerLength = major == 1 ? Int(try data.uint16LE(at: 8)) : Int(try data.uint32LE(at: 8))
        let textOffset = major == 1 ? 10 : 12
        try data.require(headerLength, at: textOffset, for: "NPY header text")
        let text = data.withUnsafeBytes { Array($0[textOffset..<(textOffset + headerLength)]) }
        var parser = NPYHeaderParser(text: text, base: textOffset, data: data)
        let fields = try parser.parse()
        let dtype = try NPYDType.parse(fields.descr) { data.error(at: fields.descrOffset, "NPY header: " + $0) }
        let dataOffset = textOffset + headerLength
        guard let byteCount = ShapeArithmetic.byteCount(fields.shape, elementSize: dtype.scalarType.byteCount) else {
            throw data.error(
                at: textOffset, "NPY header: shape \(Self.describe(fields.shape)) of \(dtype) describes more bytes than can be counted")
        }
        try data.require(byteCount, at: dataOffset, for: "NPY data (shape \(Self.describe(fields.shape)) of \(dtype))")
        guard dataOffset + byteCount == data.count else {
            throw data.error(
                at: dataOffset + byteCount,
                "\(data.count - dataOffset - byteCount) bytes follow the end of the NPY data (shape \(Self.describe(fields.shape)) of \(dtype))")
        }
        (majorVersion, self.dtype, shape, isFortranOrder, self.dataOffset) = (major, dtype, fields.shape, fields.fortranOrder, dataOffset)
    }

    /// The magic, version and header of a C-order array, padded with spaces
    /// so that the data starts at a multiple of 64 bytes (version 1.0, or 2.0
    /// when the header is too long for 1.0).
    static func encode(dtype: NPYDType, shape: [Int]) -> Data {
        let dictionary = "{'descr': '\(dtype)', 'fortran_order': False, 'shape': \(describe(shape)), }"
        let version = dictionary.utf8.count + 64 < 65536 ? 1 : 2
        let prefix = version == 1 ? 10 : 12
        let padding = (64 - (prefix + dictionary.utf8.count + 1) % 64) % 64
        let text = dictionary + String(repeating: " ", count: padding) + "\n"
        var bytes = Data(magic + [UInt8(version), 0])
        if version == 1 {
            withUnsafeBytes(of: UInt16(text.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
        } else {
            withUnsafeBytes(of: UInt32(text.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
        }
        bytes.append(contentsOf: Array(text.utf8))
        return bytes
    }

    /// A shape as a Python tuple: `()`, `(3,)`, `(2, 3)`.
    static func describe(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }
}
