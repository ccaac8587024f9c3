import Foundation
import SwiftGANKernels

extension SafetensorsFile {
    /// The largest header accepted, as in the reference implementation (100 MB).
    public static let maximumHeaderLength = 100_000_000

    /// Reads the safetensors file at `url`; errors name its path.
    public init(contentsOf url: URL) throws(SafetensorsError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SafetensorsError(path: url.path, problem: .unreadable(reason: ErrorText.describe(error)))
        }
        try self.init(data: data, path: url.path)
    }

    /// Parses safetensors bytes, checking every field; `path`, when given, names the source in errors.
    public init(data: Data, path: String? = nil) throws(SafetensorsError) {
        let result = data.withUnsafeBytes { raw in Result { () throws(SafetensorsProblem) in try Self.parse(raw) } }
        switch result {
        case .success(let file): self = file
        case .failure(let problem): throw SafetensorsError(path: path, problem: problem)
        }
    }

    private static func parse(_ raw: UnsafeRawBufferPointer) throws(SafetensorsProblem) -> SafetensorsFile {
        guard raw.count >= 8 else { throw .missingHeaderLength(byteCount: raw.count) }
        let headerLength = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let plausible = headerLength <= UInt64(maximumHeaderLength) && headerLength <= UInt64(raw.count - 8)
        if !plausible && (raw.count < 9 || raw[8] != UInt8(ascii: "{")) { throw .notSafetensors(kind: SafetensorsSniffer.guess(raw)) }
        guard headerLength <= UInt64(maximumHeaderLength) else {
            throw .headerLengthTooLarge(length: headerLength, limit: maximumHeaderLength)
        }
        guard headerLength <= UInt64(raw.count - 8) else { throw .headerLengthBeyondEnd(length: headerLength, available: raw.count - 8) }
        let dataStart = 8 + Int(headerLength)
        let header = try decodeHeader(UnsafeRawBufferPointer(rebasing: raw[8..<dataStart]), bufferSize: raw.count - dataStart)
        try SafetensorsLayout.checkCoverage(of: header.entries, bufferSize: raw.count - dataStart)
        var file = SafetensorsFile(metadata: header.metadata)
        for entry in header.entries {
            let bytes = Data(UnsafeRawBufferPointer(rebasing: raw[(dataStart + entry.begin)..<(dataStart + entry.end)]))
            file.tensors[entry.name] = SafetensorsTensor(validatedDType: entry.dtype, shape: entry.shape, bytes: bytes)
        }
        return file
    }

    private static func decodeHeader(_ bytes: UnsafeRawBufferPointer, bufferSize: Int) throws(SafetensorsProblem) -> SafetensorsHeader {
        if let invalidOffset = firstInvalidUTF8Offset(bytes) { throw .headerNotUTF8(byteOffset: invalidOffset) }
        guard let first = bytes.first else { throw .headerNotObject(start: "it is empty") }
        guard first == UInt8(ascii: "{") else {
            let start = first >= 0x20 && first < 0x7F ? "'\(Character(Unicode.Scalar(first)))'" : "byte 0x" + String(first, radix: 16)
            throw .headerNotObject(start: "it starts with \(start)")
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(Array(bytes))
        } catch {
            throw .invalidJSON(reason: error.reason, byteOffset: error.byteOffset)
        }
        return try SafetensorsHeader(json, bufferSize: bufferSize)
    }

    /// The offset of the first byte that starts an invalid UTF-8 sequence, or `nil` when all of `bytes` is UTF-8.
    private static func firstInvalidUTF8Offset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
