import Foundation

/// Puts a file in place atomically: Foundation's `.atomic` option writes a
/// temporary file in the target's directory and renames it over the target,
/// so readers see the old file or the whole new one, never part of it.
enum AtomicWrite {
    /// Writes `data` to `url`; failures become a `DataError` naming the file.
    static func write(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw DataError(path: url.path, problem: "cannot be written: \(error.localizedDescription)")
        }
    }
}
