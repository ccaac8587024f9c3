/// Checks on a JPEG file's marker structure, made in Swift.
enum JPEGMarkers {
    /// Whether an end-of-image marker (FF D9) follows the first start-of-scan
    /// marker (FF DA): entropy-coded data cannot hold one, since it stuffs
    /// every 0xFF byte, so a file without it was cut short.
    static func hasEndOfImage(_ bytes: [UInt8]) -> Bool {
        guard let scan = (1..<max(bytes.count, 1)).first(where: { bytes[$0 - 1] == 0xFF && bytes[$0] == 0xDA }) else {
            return false
        }
        return ((scan + 1)..<max(bytes.count, scan + 1)).contains { bytes[$0 - 1] == 0xFF && bytes[$0] == 0xD9 }
    }
}
