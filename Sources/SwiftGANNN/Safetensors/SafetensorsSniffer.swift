import Foundation

/// What a file that is not safetensors probably is, from its first bytes, for
/// the message that refuses it.
enum SafetensorsSniffer {
    static func guess(_ raw: UnsafeRawBufferPointer) -> String {
        let bytes = Array(raw.prefix(8))
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        if starts([0x93] + Array("NUMPY".utf8)) { return "it is an NPY array" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "it is a ZIP archive, such as an NPZ file or a PyTorch .pt/.pth checkpoint" }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "it is a PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "it is a JPEG image" }
        if let first = bytes.first, first == 0x80, bytes.count > 1, (2...5).contains(bytes[1]) { return "it is a Python pickle, such as a PyTorch checkpoint" }
        if !bytes.isEmpty && bytes.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return "it is text" }
        return "it starts with " + bytes.map { String(format: "%02X", $0) }.joined(separator: " ")
    }
}
