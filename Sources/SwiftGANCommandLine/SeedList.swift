/// A comma-separated list of seeds, as `--seeds` takes it.
enum SeedList {
    /// The seeds of `text`, or nil when a part is not an unsigned integer.
    static func parse(_ text: String) -> [UInt64]? {
        let parts = text.split(separator: ",").map { UInt64($0.trimmingCharacters(in: .whitespaces)) }
        return parts.contains(nil) ? nil : parts.compactMap { $0 }
    }
}
