/// The decoded JSON header of a safetensors file: its tensor entries, each
/// checked on its own, and the metadata. `SafetensorsLayout` checks how the
/// entries share the data buffer.
struct SafetensorsHeader {
    /// The key under which the header keeps the metadata.
    static let metadataKey = "__metadata__"

    /// The tensor entries in header order.
    let entries: [SafetensorsHeaderEntry]
    /// The `__metadata__` strings (empty when absent).
    let metadata: [String: String]

    /// Decodes and checks the header JSON `root`; offsets must lie within a data buffer of `bufferSize` bytes.
    init(_ root: JSONValue, bufferSize: Int) throws(SafetensorsProblem) {
        guard case .object(let members) = root else { throw .headerNotObject(start: "it is \(root.summary)") }
        var seen = Set<String>()
        var entries: [SafetensorsHeaderEntry] = []
        var metadata: [String: String] = [:]
        for member in members {
            let key = member.key, value = member.value
            guard seen.insert(key).inserted else { throw .duplicateKey(key: key, context: "the header") }
            if key == Self.metadataKey {
                metadata = try Self.decodeMetadata(value)
            } else {
                entries.append(try Self.decodeEntry(named: key, value, bufferSize: bufferSize))
            }
        }
        self.entries = entries
        self.metadata = metadata
    }

    private static func decodeMetadata(_ value: JSONValue) throws(SafetensorsProblem) -> [String: String] {
        guard case .object(let members) = value else { throw .metadataNotObject(found: value.summary) }
        var metadata: [String: String] = [:]
        for member in members {
            let key = member.key, value = member.value
            guard case .string(let text) = value else { throw .metadataValueNotString(key: key, found: value.summary) }
            guard metadata.updateValue(text, forKey: key) == nil else { throw .duplicateKey(key: key, context: metadataKey) }
        }
        return metadata
    }

    private static func decodeEntry(named name: String, _ value: JSONValue, bufferSize: Int) throws(SafetensorsProblem)
        -> SafetensorsHeaderEntry
    {
        guard case .object(let members) = value else { throw .entryNotObject(tensor: name, found: value.summary) }
        var fields: [String: JSONValue] = [:]
        for member in members {
            let field = member.key, fieldValue = member.value
            guard ["dtype", "shape", "data_offsets"].contains(field) else { throw .unexpectedField(tensor: name, field: field) }
            guard fields.updateValue(fieldValue, forKey: field) == nil else {
                throw .duplicateKey(key: field, context: "the entry of tensor \"\(name)\"")
            }
        }
        let dtype = try decodeDType(fields["dtype"], tensor: name)
        let shape = try decodeShape(fields["shape"], tensor: name)
        let (begin, end) = try decodeOffsets(fields["data_offsets"], tensor: name)
        guard end <= bufferSize else { throw .offsetsOutOfRange(tensor: name, begin: begin, end: end, bufferSize: bufferSize) }
        guard let byteCount = SafetensorsTensor.byteCount(dtype: dtype, shape: shape) else {
            throw .shapeTooLarge(tensor: name, shape: shape)
        }
        guard byteCount == end - begin else {
            throw .byteCountMismatch(tensor: name, dtype: dtype, shape: shape, expected: byteCount, found: end - begin)
        }
        return SafetensorsHeaderEntry(name: name, dtype: dtype, shape: shape, begin: begin, end: end)
    }

    private static func decodeDType(_ value: JSONValue?, tensor: String) throws(SafetensorsProblem) -> SafetensorsDType {
        guard let value else { throw .missingField(tensor: tensor, field: "dtype") }
        guard case .string(let text) = value else {
            throw .invalidField(tensor: tensor, field: "dtype", reason: "must be a string, found \(value.summary)")
        }
        guard let dtype = SafetensorsDType(rawValue: text) else { throw .unsupportedDType(tensor: tensor, dtype: text) }
        return dtype
    }

    private static func decodeShape(_ value: JSONValue?, tensor: String) throws(SafetensorsProblem) -> [Int] {
        guard let value else { throw .missingField(tensor: tensor, field: "shape") }
        guard case .array(let dimensions) = value else {
            throw .invalidField(tensor: tensor, field: "shape", reason: "must be an array of non-negative integers, found \(value.summary)")
        }
        var shape: [Int] = []
        for (axis, dimension) in dimensions.enumerated() {
            shape.append(try nonNegativeInteger(dimension, tensor: tensor, field: "shape[\(axis)]"))
        }
        return shape
    }

    private static func decodeOffsets(_ value: JSONValue?, tensor: String) throws(SafetensorsProblem) -> (Int, Int) {
        guard let value else { throw .missingField(tensor: tensor, field: "data_offsets") }
        guard case .array(let offsets) = value, offsets.count == 2 else {
            throw .invalidField(
                tensor: tensor, field: "data_offsets", reason: "must be an array of two non-negative integers, found \(value.summary)")
        }
        let begin = try nonNegativeInteger(offsets[0], tensor: tensor, field: "data_offsets[0]")
        let end = try nonNegativeInteger(offsets[1], tensor: tensor, field: "data_offsets[1]")
        guard begin <= end else { throw .reversedOffsets(tensor: tensor, begin: begin, end: end) }
        return (begin, end)
    }

    private static func nonNegativeInteger(_ value: JSONValue, tensor: String, field: String) throws(SafetensorsProblem) -> Int {
        if let integer = value.nonNegativeInteger { return integer }
        if case .number(let text) = value, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            throw .invalidField(tensor: tensor, field: field, reason: "is too large: \(text)")
        }
        throw .invalidField(tensor: tensor, field: field, reason: "must be a non-negative integer, found \(value.summary)")
    }
}
