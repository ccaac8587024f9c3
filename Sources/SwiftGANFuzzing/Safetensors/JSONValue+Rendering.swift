import SwiftGANNN
extension JSONValue {
    /// Compact JSON text for this value (members in order, duplicates kept).
    var rendered: String {
        switch self {
        case .object(let members):
            "{" + members.map { SafetensorsHeaderWriter.quoted($0.key) + ":" + $0.value.rendered }.joined(separator: ",") + "}"
        case .array(let elements): "[" + elements.map(\.rendered).joined(separator: ",") + "]"
        case .string(let text): SafetensorsHeaderWriter.quoted(text)
        case .number(let text): text
        case .bool(let value): value ? "true" : "false"
        case .null: "null"
        }
    }
}
