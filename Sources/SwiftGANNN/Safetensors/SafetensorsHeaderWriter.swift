/// Writes the JSON header of a safetensors file in the compact form the
/// reference implementation writes: metadata first, then each tensor as
/// `{"dtype":…,"shape":[…],"data_offsets":[begin,end]}`.
package enum SafetensorsHeaderWriter {
    /// The header's UTF-8 bytes, padded with spaces so that the data after the
    /// 8-byte length and the header starts at a multiple of 8.
    static func header(entries: [SafetensorsHeaderEntry], metadata: [String: String]) -> [UInt8] {
        var members: [String] = []
        if !metadata.isEmpty {
            let pairs = metadata.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map {
                quoted($0.key) + ":" + quoted($0.value)
            }
            members.append(quoted(SafetensorsHeader.metadataKey) + ":{" + pairs.joined(separator: ",") + "}")
        }
        for entry in entries {
            let shape = entry.shape.map(String.init).joined(separator: ",")
            members.append(
                quoted(entry.name) + ":{\"dtype\":" + quoted(entry.dtype.rawValue) + ",\"shape\":[" + shape
                    + "],\"data_offsets\":[\(entry.begin),\(entry.end)]}")
        }
        var bytes = Array(("{" + members.joined(separator: ",") + "}").utf8)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: (8 - bytes.count % 8) % 8))
        return bytes
    }

    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped, the rest verbatim.
    package static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16, uppercase: false)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
