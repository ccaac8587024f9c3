/// What is wrong with a safetensors file or with a value to be written (thrown
/// to callers inside a `SafetensorsError`, which adds the file).
public enum SafetensorsProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read (the system's reason attached).
    case unreadable(reason: String)
    /// The data is shorter than the 8-byte header length prefix.
    case missingHeaderLength(byteCount: Int)
    /// The data does not start as a safetensors file does (an implausible header
    /// length and no JSON header after it); `kind` guesses what it is instead.
    case notSafetensors(kind: String)
    /// The header length exceeds the limit readers accept.
    case headerLengthTooLarge(length: UInt64, limit: Int)
    /// The header length runs past the end of the data.
    case headerLengthBeyondEnd(length: UInt64, available: Int)
    /// The header holds a byte sequence that is not UTF-8.
    case headerNotUTF8(byteOffset: Int)
    /// The header does not start with a JSON object.
    case headerNotObject(start: String)
    /// The header is not valid JSON.
    case invalidJSON(reason: String, byteOffset: Int)
    /// A key appears twice in one JSON object (`context` names the object).
    case duplicateKey(key: String, context: String)
    /// A tensor's header entry is not a JSON object.
    case entryNotObject(tensor: String, found: String)
    /// A tensor's header entry lacks `dtype`, `shape` or `data_offsets`.
    case missingField(tensor: String, field: String)
    /// A tensor's header entry has a field safetensors does not define.
    case unexpectedField(tensor: String, field: String)
    /// A tensor's field has the wrong JSON type or an invalid value.
    case invalidField(tensor: String, field: String, reason: String)
    /// A tensor's dtype is not one this reader knows.
    case unsupportedDType(tensor: String, dtype: String)
    /// `__metadata__` is not a JSON object.
    case metadataNotObject(found: String)
    /// A `__metadata__` value is not a string.
    case metadataValueNotString(key: String, found: String)
    /// A tensor's data range ends before it begins.
    case reversedOffsets(tensor: String, begin: Int, end: Int)
    /// A tensor's data range runs past the end of the data buffer.
    case offsetsOutOfRange(tensor: String, begin: Int, end: Int, bufferSize: Int)
    /// A tensor's shape overflows the element count.
    case shapeTooLarge(tensor: String, shape: [Int])
    /// A tensor's data range holds a different number of bytes than its dtype and shape need.
    case byteCountMismatch(tensor: String, dtype: SafetensorsDType, shape: [Int], expected: Int, found: Int)
    /// Two tensors' data ranges overlap.
    case overlappingTensors(tensor: String, other: String, begin: Int, end: Int)
    /// Bytes of the data buffer belong to no tensor.
    case uncoveredBytes(begin: Int, end: Int)
    /// No tensor has this name.
    case tensorNotFound(name: String)
    /// The name is reserved for the metadata and cannot name a tensor.
    case reservedName(name: String)
    /// A shape has a negative dimension or overflows the element count.
    case invalidShape(shape: [Int])
    /// Raw bytes given for a tensor do not fit its dtype and shape.
    case dataSizeMismatch(dtype: SafetensorsDType, shape: [Int], expected: Int, found: Int)
    /// A value cannot be stored exactly in an integer or boolean dtype.
    case valueNotRepresentable(tensor: String?, index: Int, value: Float, dtype: SafetensorsDType)

    public var description: String {
        switch self {
        case .unreadable(let reason):
            "cannot be read: \(reason)"
        case .missingHeaderLength(let byteCount):
            "the data has \(byteCount) bytes, fewer than the 8-byte header length"
        case .notSafetensors(let kind):
            "not a safetensors file (\(kind)); safetensors files start with an 8-byte header length and a JSON header"
        case .headerLengthTooLarge(let length, let limit):
            "header length \(length) exceeds the limit of \(limit) bytes"
        case .headerLengthBeyondEnd(let length, let available):
            "header length \(length) runs past the end of the data (\(available) bytes follow the length)"
        case .headerNotUTF8(let byteOffset):
            "the header is not valid UTF-8 (byte \(byteOffset) of the header)"
        case .headerNotObject(let start):
            "the header must be a JSON object starting with '{', but \(start)"
        case .invalidJSON(let reason, let byteOffset):
            "the header is not valid JSON: \(reason) at byte \(byteOffset) of the header"
        case .duplicateKey(let key, let context):
            "duplicate key \(quoted(key)) in \(context)"
        case .entryNotObject(let tensor, let found):
            "tensor \(quoted(tensor)): the entry must be a JSON object, found \(found)"
        case .missingField(let tensor, let field):
            "tensor \(quoted(tensor)): missing field \(quoted(field))"
        case .unexpectedField(let tensor, let field):
            "tensor \(quoted(tensor)): unexpected field \(quoted(field)) (expected dtype, shape, data_offsets)"
        case .invalidField(let tensor, let field, let reason):
            "tensor \(quoted(tensor)): \(field) \(reason)"
        case .unsupportedDType(let tensor, let dtype):
            "tensor \(quoted(tensor)): unsupported dtype \(quoted(dtype)) (supported: "
                + SafetensorsDType.allCases.map(\.rawValue).joined(separator: ", ") + ")"
        case .metadataNotObject(let found):
            "__metadata__ must be a JSON object of strings, found \(found)"
        case .metadataValueNotString(let key, let found):
            "__metadata__ value for \(quoted(key)) must be a string, found \(found)"
        case .reversedOffsets(let tensor, let begin, let end):
            "tensor \(quoted(tensor)): data_offsets [\(begin), \(end)] end before they begin"
        case .offsetsOutOfRange(let tensor, let begin, let end, let bufferSize):
            "tensor \(quoted(tensor)): data_offsets [\(begin), \(end)] run past the end of the \(bufferSize)-byte data buffer"
        case .shapeTooLarge(let tensor, let shape):
            "tensor \(quoted(tensor)): shape \(shape) has too many elements to count"
        case .byteCountMismatch(let tensor, let dtype, let shape, let expected, let found):
            "tensor \(quoted(tensor)): dtype \(dtype.rawValue) with shape \(shape) needs \(expected) bytes, "
                + "but data_offsets span \(found)"
        case .overlappingTensors(let tensor, let other, let begin, let end):
            "tensor \(quoted(tensor)): data_offsets [\(begin), \(end)] overlap those of tensor \(quoted(other))"
        case .uncoveredBytes(let begin, let end):
            "bytes [\(begin), \(end)) of the data buffer belong to no tensor"
        case .tensorNotFound(let name):
            "no tensor named \(quoted(name))"
        case .reservedName(let name):
            "\(quoted(name)) is reserved for the metadata and cannot name a tensor"
        case .invalidShape(let shape):
            "shape \(shape) has a negative dimension or too many elements"
        case .dataSizeMismatch(let dtype, let shape, let expected, let found):
            "dtype \(dtype.rawValue) with shape \(shape) needs \(expected) bytes, but \(found) were given"
        case .valueNotRepresentable(let tensor, let index, let value, let dtype):
            (tensor.map { "tensor \(quoted($0)): " } ?? "")
                + "element \(index) (\(value)) cannot be stored exactly as \(dtype.rawValue)"
        }
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { $0.escaped(asASCII: false) }.joined() + "\""
    }
}
