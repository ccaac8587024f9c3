/// The header of an IDX file: two zero bytes, a type code, the number of
/// dimensions, then each dimension as a big-endian 32-bit count.
struct IDXHeader: Sendable {
    /// The stored element type.
    let elementType: ScalarType
    /// The extent of each dimension.
    let dimensions: [Int]
    /// Where the elements start.
    let dataOffset: Int

    /// The IDX type codes.
    static let typeCodes: [(code: UInt8, type: ScalarType)] = [
        (0x08, .uint8), (0x09, .int8), (0x0B, .int16), (0x0C, .int32), (0x0D, .float32), (0x0E, .float64),
    ]

    /// The type code of `type`, when IDX can store it.
    static func code(of type: ScalarType) -> UInt8? {
        typeCodes.first { $0.type == type }?.code
    }

    /// Parses and checks the header against the length of `data`.
    init(_ data: BinaryData) throws {
        try data.require(4, at: 0, for: "IDX header (magic number)")
        let zero0 = try data.uint8(at: 0), zero1 = try data.uint8(at: 1)
        guard zero0 == 0 && zero1 == 0 else {
            throw data.error(at: 0, "not an IDX file: it starts with \(Self.hex(zero0)) \(Self.hex(zero1)), not 0x00 0x00")
        }
        let code = try data.uint8(at: 2)
        guard let type = Self.typeCodes.first(where: { $0.code == code })?.type else {
            throw data.error(
                at: 2, "unknown IDX element type code \(Self.hex(code)) (known: 0x08 u8, 0x09 i8, 0x0B i16, 0x0C i32, 0x0D f32, 0x0E f64)")
        }
        let rank = Int(try data.uint8(at: 3))
        guard rank > 0 else { throw data.error(at: 3, "IDX header says 0 dimensions; at least 1 is needed") }
        try data.require(4 * rank, at: 4, for: "IDX header (\(rank) dimension sizes)")
        var dimensions: [Int] = []
        for axis in 0..<rank {
            dimensions.append(Int(try data.uint32BE(at: 4 + 4 * axis)))
            guard ShapeArithmetic.byteCount(dimensions, elementSize: type.byteCount) != nil else {
                throw data.error(
                    at: 4 + 4 * axis,
                    "IDX dimensions \(ShapeArithmetic.describe(dimensions)) of \(type.rawValue) describe more bytes than can be counted")
            }
        }
        let dataOffset = 4 + 4 * rank
        let byteCount = ShapeArithmetic.byteCount(dimensions, elementSize: type.byteCount) ?? 0
        try data.require(byteCount, at: dataOffset, for: "IDX data (\(ShapeArithmetic.describe(dimensions)) of \(type.rawValue))")
        let end = dataOffset + byteCount
        guard end == data.count else {
            throw data.error(
                at: end,
                "\(data.count - end) bytes follow the end of the IDX data (\(ShapeArithmetic.describe(dimensions)) of \(type.rawValue))")
        }
        (elementType, self.dimensions, self.dataOffset) = (type, dimensions, dataOffset)
    }

    private static func hex(_ byte: UInt8) -> String {
        "0x" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
    }
}
